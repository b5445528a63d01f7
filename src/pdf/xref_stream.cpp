#include "pdf/xref_stream.h"

#include <zlib.h>

#include <algorithm>
#include <charconv>
#include <limits>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "pdf/write_pdf.h"

namespace careerguide::pdf {
namespace {

/// What is read back from libharu's own cross-reference table and trailer.
struct SavedXref {
  std::size_t xref_start = 0;          ///< offset of the keyword `xref`
  std::vector<std::uint64_t> offsets;  ///< by object number; entry 0 is the free head
  std::string root;                    ///< e.g. "1 0 R"
  std::string info;                    ///< may be empty
  std::string id;                      ///< the /ID array, may be empty
};

[[noreturn]] void unexpected(std::string_view what) {
  throw PdfError(fmt::format("the PDF libharu saved is not shaped as expected: {}", what));
}

std::string_view as_text(const std::vector<std::uint8_t>& bytes) {
  return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

std::uint64_t read_number(std::string_view text, std::size_t& pos) {
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\r' || text[pos] == '\n')) ++pos;
  std::uint64_t value = 0;
  const auto [end, error] = std::from_chars(text.data() + pos, text.data() + text.size(), value);
  if (error != std::errc()) unexpected(fmt::format("no number at byte {}", pos));
  pos = static_cast<std::size_t>(end - text.data());
  return value;
}

/// The value of `/key` in the trailer dictionary `trailer`, up to the end of its line.
std::string trailer_value(std::string_view trailer, std::string_view key) {
  const std::size_t at = trailer.find(fmt::format("/{} ", key));
  if (at == std::string_view::npos) return {};
  const std::size_t start = at + key.size() + 2;
  const std::size_t end = trailer.find('\n', start);
  return std::string(trailer.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
}

SavedXref read_saved_file(const std::vector<std::uint8_t>& bytes) {
  const std::string_view text = as_text(bytes);
  SavedXref saved;
  const std::size_t startxref = text.rfind("startxref");
  if (startxref == std::string_view::npos) unexpected("no startxref");
  std::size_t pos = startxref + 9;
  saved.xref_start = static_cast<std::size_t>(read_number(text, pos));
  if (text.substr(saved.xref_start, 4) != "xref") unexpected("startxref does not point at a cross-reference table");
  pos = saved.xref_start + 4;
  if (read_number(text, pos) != 0) unexpected("the cross-reference table does not start at object 0");
  const std::uint64_t count = read_number(text, pos);
  while (pos < text.size() && (text[pos] == '\r' || text[pos] == '\n')) ++pos;
  constexpr std::size_t kEntry = 20;
  if (count == 0 || count > std::numeric_limits<int>::max() || pos + count * kEntry > text.size()) {
    unexpected("a cross-reference table of impossible size");
  }
  for (std::uint64_t i = 0; i < count; ++i) {
    std::size_t field = pos + i * kEntry;
    saved.offsets.push_back(read_number(text, field));
    const char kind = text[pos + i * kEntry + 17];
    if ((i == 0) != (kind == 'f')) unexpected(fmt::format("cross-reference entry {} is '{}'", i, kind));
  }
  const std::string_view trailer = text.substr(pos + count * kEntry, startxref - pos - count * kEntry);
  if (trailer.find("trailer") == std::string_view::npos) unexpected("no trailer");
  saved.root = trailer_value(trailer, "Root");
  saved.info = trailer_value(trailer, "Info");
  saved.id = trailer_value(trailer, "ID");
  if (saved.root.empty()) unexpected("no /Root in the trailer");
  std::size_t size_at = trailer.find("/Size");
  if (size_at == std::string_view::npos) unexpected("no /Size in the trailer");
  size_at += 5;
  if (read_number(trailer, size_at) != count) unexpected("/Size differs from the cross-reference table");
  return saved;
}

std::string deflate(std::string_view data) {
  uLongf size = compressBound(static_cast<uLong>(data.size()));
  std::string out(size, '\0');
  const int status = compress2(reinterpret_cast<Bytef*>(out.data()), &size,
                               reinterpret_cast<const Bytef*>(data.data()), static_cast<uLong>(data.size()),
                               Z_DEFAULT_COMPRESSION);
  if (status != Z_OK) throw PdfError(fmt::format("could not compress an object stream (zlib error {})", status));
  out.resize(size);
  return out;
}

void append(std::vector<std::uint8_t>& out, std::string_view text) { out.insert(out.end(), text.begin(), text.end()); }

/// One cross-reference stream entry, /W [1 4 2].
void append_entry(std::string& table, std::uint8_t type, std::uint64_t field2, std::uint32_t field3) {
  if (field2 > 0xFFFFFFFFu) throw PdfError("the PDF is larger than 4 GB");
  table += static_cast<char>(type);
  for (int shift = 24; shift >= 0; shift -= 8) table += static_cast<char>((field2 >> shift) & 0xFF);
  table += static_cast<char>((field3 >> 8) & 0xFF);
  table += static_cast<char>(field3 & 0xFF);
}

/// Where each object ends up: in the file at an offset, or inside an object stream.
struct Location {
  std::uint8_t type = 0;  ///< 1: at `where`; 2: object stream `where`, index `index`
  std::uint64_t where = 0;
  std::uint32_t index = 0;
};

void write_object(std::vector<std::uint8_t>& out, std::vector<Location>& locations, int number,
                  std::string_view body) {
  locations.at(static_cast<std::size_t>(number)) = {1, out.size(), 0};
  append(out, fmt::format("{} 0 obj\n", number));
  append(out, body);
  append(out, "\nendobj\n");
}

}  // namespace

int saved_object_count(const std::vector<std::uint8_t>& haru_pdf) {
  return static_cast<int>(read_saved_file(haru_pdf).offsets.size());
}

ObjectPacker::ObjectPacker(int first_number) : first_(first_number) {
  if (first_number <= 0) throw PdfError(fmt::format("objects cannot be added after {} objects", first_number));
  packed_.first = first_number;
}

void ObjectPacker::add_plain(PdfObject object) {
  numbers_.push_back(object.number);
  packed_.tail_size += object.body.size() + 30;
  packed_.plain.push_back(std::move(object));
}

void ObjectPacker::add_compressed(PdfObject object) {
  numbers_.push_back(object.number);
  pending_.push_back(std::move(object));
  ++compressed_;
  if (pending_.size() == kObjectsPerStream) pack_pending();
}

void ObjectPacker::add_placeholder(int number) { placeholders_.push_back(number); }

void ObjectPacker::pack_pending() {
  if (pending_.empty()) return;
  PackedObjects::Stream stream;
  std::string bodies;
  for (const PdfObject& object : pending_) {
    stream.header += fmt::format("{} {} ", object.number, bodies.size());
    stream.numbers.push_back(object.number);
    bodies += object.body;
    bodies += '\n';
  }
  pending_.clear();
  stream.data = deflate(stream.header + bodies);
  packed_.tail_size += stream.data.size() + 100;
  packed_.streams.push_back(std::move(stream));
}

PackedObjects ObjectPacker::finish() && {
  pack_pending();
  const auto first = static_cast<std::size_t>(first_);
  for (int placeholder : placeholders_) {
    if (placeholder <= 0 || static_cast<std::size_t>(placeholder) >= first) {
      throw PdfError(fmt::format("placeholder {} is not one of libharu's objects", placeholder));
    }
  }
  if (placeholders_.size() > numbers_.size()) throw PdfError("more placeholders than added objects");
  const std::size_t added_count = numbers_.size() - placeholders_.size();
  const std::size_t stream_count = (compressed_ + kObjectsPerStream - 1) / kObjectsPerStream;
  const std::size_t size = first + added_count + stream_count + 1;  // + the cross-reference stream
  if (size > static_cast<std::size_t>(std::numeric_limits<int>::max())) throw PdfError("too many PDF objects");

  std::vector<bool> seen(size, false);
  for (int number : numbers_) {
    const auto at = static_cast<std::size_t>(number);
    const bool replaces = std::find(placeholders_.begin(), placeholders_.end(), number) != placeholders_.end();
    if (number <= 0 || (at < first && !replaces) || at >= first + added_count || seen[at]) {
      throw PdfError(fmt::format("added object number {} is not free or not in sequence (from {})", number, first));
    }
    seen[at] = true;
  }
  for (int placeholder : placeholders_) {
    if (!seen[static_cast<std::size_t>(placeholder)]) {
      throw PdfError(fmt::format("placeholder {} is not replaced by an added object", placeholder));
    }
  }
  packed_.size = size;
  packed_.tail_size += 7 * size + 200;  // the cross-reference stream, at most uncompressed, and startxref
  return std::move(packed_);
}

PackedObjects pack_objects(AddedObjects added, int first_number) {
  ObjectPacker packer(first_number);
  for (PdfObject& object : added.plain) packer.add_plain(std::move(object));
  for (PdfObject& object : added.compressed) packer.add_compressed(std::move(object));
  for (int placeholder : added.placeholders) packer.add_placeholder(placeholder);
  return std::move(packer).finish();
}

std::vector<std::uint8_t> append_objects(std::vector<std::uint8_t> haru_pdf, const PackedObjects& packed) {
  const SavedXref saved = read_saved_file(haru_pdf);
  const std::size_t first = saved.offsets.size();
  if (first != static_cast<std::size_t>(packed.first)) {
    throw PdfError(fmt::format("the added objects are numbered after {} objects, but the saved file has {}",
                               packed.first, first));
  }
  const std::size_t size = packed.size;
  std::vector<Location> locations(size);
  for (std::size_t i = 1; i < first; ++i) locations[i] = {1, saved.offsets[i], 0};
  haru_pdf.resize(saved.xref_start);
  haru_pdf.reserve(saved.xref_start + packed.tail_size);
  std::vector<std::uint8_t>& out = haru_pdf;
  for (const PdfObject& object : packed.plain) write_object(out, locations, object.number, object.body);

  int stream_number = static_cast<int>(size - packed.streams.size() - 1);
  for (const PackedObjects::Stream& stream : packed.streams) {
    for (std::size_t i = 0; i < stream.numbers.size(); ++i) {
      locations[static_cast<std::size_t>(stream.numbers[i])] = {2, static_cast<std::uint64_t>(stream_number),
                                                                 static_cast<std::uint32_t>(i)};
    }
    write_object(out, locations, stream_number,
                 fmt::format("<< /Type /ObjStm /N {} /First {} /Filter /FlateDecode /Length {} >>\nstream\n{}\nendstream",
                             stream.numbers.size(), stream.header.size(), stream.data.size(), stream.data));
    ++stream_number;
  }

  const int xref_number = stream_number;
  const std::uint64_t xref_offset = out.size();
  locations[static_cast<std::size_t>(xref_number)] = {1, xref_offset, 0};
  std::string table;
  append_entry(table, 0, 0, 0xFFFF);
  for (std::size_t i = 1; i < size; ++i) append_entry(table, locations[i].type, locations[i].where, locations[i].index);
  const std::string data = deflate(table);
  std::string dictionary = fmt::format("<< /Type /XRef /Size {} /W [1 4 2] /Root {}", size, saved.root);
  if (!saved.info.empty()) dictionary += " /Info " + saved.info;
  if (!saved.id.empty()) dictionary += " /ID " + saved.id;
  dictionary += fmt::format(" /Filter /FlateDecode /Length {} >>", data.size());
  write_object(out, locations, xref_number, fmt::format("{}\nstream\n{}\nendstream", dictionary, data));
  append(out, fmt::format("startxref\n{}\n%%EOF\n", xref_offset));
  return std::move(out);
}

std::vector<std::uint8_t> append_objects(std::vector<std::uint8_t> haru_pdf, const AddedObjects& added) {
  const int first = saved_object_count(haru_pdf);
  return append_objects(std::move(haru_pdf), pack_objects(added, first));
}

}  // namespace careerguide::pdf
