#include "pdf/saved_file.h"

#include <cerrno>
#include <algorithm>
#include <cstring>
#include <utility>

#include <fcntl.h>
#include <unistd.h>

#include <fmt/format.h>

#include "pdf/write_pdf.h"

namespace careerguide::pdf {
namespace {

constexpr std::size_t kPiece = std::size_t{1} << 20;  // bytes

/// Reads the first `size` bytes of `fd` into `out`; throws PdfError.
void read_back(int fd, std::uint8_t* out, std::size_t size) {
  std::size_t read_so_far = 0;
  while (read_so_far < size) {
    const ssize_t got = ::pread(fd, out + read_so_far, size - read_so_far, static_cast<off_t>(read_so_far));
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) {
      throw PdfError(fmt::format("could not read back the PDF being saved from its temporary file ({})",
                                 got == 0 ? "it ended early" : std::strerror(errno)));
    }
    read_so_far += static_cast<std::size_t>(got);
  }
}

}  // namespace

SavedFile::SavedFile(std::filesystem::path folder, std::size_t spill_after)
    : folder_(std::move(folder)), spill_after_(spill_after) {}

SavedFile::SavedFile(SavedFile&& other) noexcept
    : folder_(std::move(other.folder_)),
      spill_after_(other.spill_after_),
      pieces_(std::move(other.pieces_)),
      size_(std::exchange(other.size_, 0)),
      fd_(std::exchange(other.fd_, -1)),
      on_disk_(std::exchange(other.on_disk_, 0)) {}

SavedFile& SavedFile::operator=(SavedFile&& other) noexcept {
  if (this != &other) {
    close_file();
    folder_ = std::move(other.folder_);
    spill_after_ = other.spill_after_;
    pieces_ = std::move(other.pieces_);
    size_ = std::exchange(other.size_, 0);
    fd_ = std::exchange(other.fd_, -1);
    on_disk_ = std::exchange(other.on_disk_, 0);
  }
  return *this;
}

SavedFile::~SavedFile() { close_file(); }

void SavedFile::close_file() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  on_disk_ = 0;
}

void SavedFile::append(const std::uint8_t* data, std::size_t size) {
  size_ += size;
  while (size > 0) {
    if (pieces_.empty() || pieces_.back().size() == pieces_.back().capacity()) {
      if (fd_ >= 0 && !pieces_.empty()) {
        // Spilled: the one piece is a write buffer, emptied into the file.
        if (!write_out(pieces_.back().data(), pieces_.back().size())) take_back();
        if (fd_ >= 0) pieces_.back().clear();
      }
      if (pieces_.empty() || pieces_.back().size() == pieces_.back().capacity())
        pieces_.emplace_back().reserve(std::max(kPiece, size));
    }
    std::vector<std::uint8_t>& piece = pieces_.back();
    const std::size_t taken = std::min(size, piece.capacity() - piece.size());
    piece.insert(piece.end(), data, data + taken);
    data += taken;
    size -= taken;
  }
  if (fd_ < 0 && !folder_.empty() && size_ > spill_after_) spill();
}

void SavedFile::spill() {
  const int fd = ::open(folder_.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  folder_.clear();  // one try: where it cannot be made, the file stays in memory
  if (fd < 0) return;
  fd_ = fd;
  std::vector<std::vector<std::uint8_t>> pieces = std::move(pieces_);
  pieces_.clear();
  for (std::vector<std::uint8_t>& piece : pieces) {
    if (fd_ >= 0 && write_out(piece.data(), piece.size())) {
      std::vector<std::uint8_t>().swap(piece);
      continue;
    }
    // The file could not take it: what it holds comes back, the rest stays.
    if (fd_ >= 0) take_back();
    pieces_.push_back(std::move(piece));
  }
  if (fd_ >= 0) pieces_.emplace_back().reserve(kPiece);
}

bool SavedFile::write_out(const std::uint8_t* data, std::size_t size) {
  const std::size_t start = on_disk_;
  while (size > 0) {
    const ssize_t written = ::pwrite(fd_, data, size, static_cast<off_t>(on_disk_));
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) {
      on_disk_ = start;  // all of `data` stays with the caller; what part of it reached the file is dropped
      return false;
    }
    data += written;
    size -= static_cast<std::size_t>(written);
    on_disk_ += static_cast<std::size_t>(written);
  }
  return true;
}

void SavedFile::take_back() {
  // Whatever the file holds goes before the pieces in memory.
  pieces_.insert(pieces_.begin(), read_file_and_close(on_disk_));
}

std::vector<std::uint8_t> SavedFile::read_file_and_close(std::size_t capacity) {
  std::vector<std::uint8_t> bytes;
  bytes.reserve(std::max(capacity, on_disk_));
  bytes.resize(on_disk_);
  try {
    read_back(fd_, bytes.data(), bytes.size());
  } catch (...) {
    close_file();
    throw;
  }
  close_file();
  return bytes;
}

std::vector<std::uint8_t> SavedFile::join(std::size_t room_after) && {
  std::vector<std::uint8_t> bytes;
  if (fd_ >= 0) {
    bytes = read_file_and_close(size_ + room_after);
  } else {
    bytes.reserve(size_ + room_after);
  }
  for (std::vector<std::uint8_t>& piece : pieces_) {
    bytes.insert(bytes.end(), piece.begin(), piece.end());
    std::vector<std::uint8_t>().swap(piece);
  }
  pieces_.clear();
  size_ = 0;
  return bytes;
}

}  // namespace careerguide::pdf
