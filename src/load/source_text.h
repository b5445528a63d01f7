#pragma once
// The raw bytes of a data file before YAML sees them: encoding checks and the
// mapping from byte offsets to the line and column users see.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.h"
#include "model/source_pos.h"

namespace careerguide::load {

/// A place in a data file without the file's name: small enough to keep on
/// every YAML node.
struct Location {
  int line = 0;    ///< 1-based; 0 when unknown
  int column = 0;  ///< 1-based, in Unicode characters; 0 when unknown
};

/// A data file's text (UTF-8, without its byte-order mark) and its name.
class SourceText {
 public:
  /// Keeps `bytes` minus a leading UTF-8 BOM; `file` is the name for diagnostics.
  SourceText(std::string_view bytes, std::string file);

  /// The text without BOM, as handed to the YAML parser.
  const std::string& text() const { return text_; }
  /// The file name used in diagnostics.
  const std::string& file() const { return file_; }

  /// Line (1-based) and column (1-based, in Unicode characters) of a byte
  /// offset into text(). Linear in the distance from the previous call's
  /// offset when on the same line, so a parse over one huge line stays linear.
  Location location(std::size_t offset) const;
  /// location() with the file name, for diagnostics.
  model::SourcePos position(std::size_t offset) const { return at(location(offset)); }
  /// `where` in this file, for diagnostics.
  model::SourcePos at(Location where) const { return {file_, where.line, where.column}; }
  /// The line (1-based) holding `offset`, without its line break.
  std::string_view line_at(std::size_t offset) const;
  /// Byte offset where a 1-based line starts; text().size() past the end.
  std::size_t line_start(int line) const;

  /// The first encoding problem (too large, UTF-16/32, invalid UTF-8, NUL),
  /// or nullopt when the text is clean UTF-8 within kMaxFileBytes.
  std::optional<model::Diagnostic> check_encoding() const;

 private:
  std::string text_;
  std::string file_;
  std::vector<std::size_t> line_starts_;  ///< byte offset of each line's first byte
  /// The last position computed: characters are counted on from there.
  mutable std::size_t cached_offset_ = 0;
  mutable std::size_t cached_line_ = 0;  ///< 0-based index into line_starts_
  mutable int cached_column_ = 1;
};

}  // namespace careerguide::load
