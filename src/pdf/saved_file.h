#pragma once
// The file libharu saves, as it writes it. A guide of 10,000 roles saves
// about 30 MB while libharu still holds every page object; kept in memory,
// the file would add its whole size to the peak. Past kSpillAfter bytes the
// file goes to an unnamed temporary file (O_TMPFILE) in a folder the caller
// names (the output's: a disk, not a memory file system) and comes back
// once libharu's objects are freed. Where no such file can be made, or
// writing it fails (a full disk), the bytes stay in memory: the spill never
// fails a render.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <vector>

namespace careerguide::pdf {

class SavedFile {
 public:
  /// Bytes held in memory before the rest goes to a temporary file.
  static constexpr std::size_t kSpillAfter = std::size_t{8} << 20;

  /// Keeps everything in memory.
  SavedFile() = default;
  /// Spills into an unnamed file in `folder` once the file is over
  /// `spill_after` bytes.
  explicit SavedFile(std::filesystem::path folder, std::size_t spill_after = kSpillAfter);
  SavedFile(SavedFile&& other) noexcept;
  SavedFile& operator=(SavedFile&& other) noexcept;
  SavedFile(const SavedFile&) = delete;
  SavedFile& operator=(const SavedFile&) = delete;
  ~SavedFile();

  /// Adds `size` bytes at the end.
  void append(const std::uint8_t* data, std::size_t size);
  /// The bytes in one vector, with room for `room_after` more (what will be
  /// appended: the file then grows without a second copy of itself); each
  /// piece is freed as it is copied, the temporary file closed once read.
  /// Throws PdfError when the temporary file cannot be read back.
  std::vector<std::uint8_t> join(std::size_t room_after = 0) &&;
  std::size_t size() const { return size_; }
  /// Whether some of the bytes are in a temporary file (for tests).
  bool spilled() const { return fd_ >= 0; }

 private:
  void spill();
  /// Writes all of `data` after what the file holds; false, the file as it
  /// was, when it cannot.
  bool write_out(const std::uint8_t* data, std::size_t size);
  void take_back();
  /// The bytes of the temporary file, in a vector of at least `capacity`;
  /// the file is closed either way. Throws PdfError when it cannot be read.
  std::vector<std::uint8_t> read_file_and_close(std::size_t capacity);
  void close_file();

  std::filesystem::path folder_;
  std::size_t spill_after_ = kSpillAfter;
  std::vector<std::vector<std::uint8_t>> pieces_;  ///< in memory; once spilled, the write buffer
  std::size_t size_ = 0;
  int fd_ = -1;
  std::size_t on_disk_ = 0;  ///< bytes in the temporary file, from its start
};

}  // namespace careerguide::pdf
