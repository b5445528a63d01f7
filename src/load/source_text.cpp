#include "load/source_text.h"

#include <algorithm>

#include <fmt/format.h>

#include "load/load_guide.h"

namespace careerguide::load {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

/// The wide encoding the first bytes suggest (BOM or the NUL pattern of YAML
/// 1.2 §5.2), or nullptr for a byte stream that may be UTF-8.
const char* wide_encoding(std::string_view b) {
  auto at = [&](std::size_t i) { return i < b.size() ? static_cast<unsigned char>(b[i]) : 0x100u; };
  if (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) return "UTF-32";
  if (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0) return "UTF-32";
  if ((at(0) == 0xFE && at(1) == 0xFF) || (at(0) == 0xFF && at(1) == 0xFE)) return "UTF-16";
  if (at(0) == 0 && at(1) == 0 && at(2) == 0 && at(3) != 0 && at(3) < 0x100) return "UTF-32";
  if (at(0) != 0 && at(0) < 0x100 && at(1) == 0 && at(2) == 0 && at(3) == 0) return "UTF-32";
  if (at(0) == 0 && at(1) != 0 && at(1) < 0x100) return "UTF-16";
  if (at(0) != 0 && at(0) < 0x100 && at(1) == 0) return "UTF-16";
  return nullptr;
}

/// True when `b` reads as GBK (Chinese Windows' code page) but not as UTF-8:
/// every byte above 0x7F pairs as a GBK lead and trail byte, and fewer than
/// half of those bytes form valid UTF-8 (GBK text rarely does by chance,
/// UTF-8 text with one broken character mostly does), in at least two characters.
bool looks_like_gbk(std::string_view b) {
  std::size_t high = 0, valid_utf8 = 0;
  for (std::size_t i = 0; i < b.size();) {
    if (static_cast<unsigned char>(b[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t length = utf8_sequence_length(b, i);
    if (length > 0) {
      valid_utf8 += length;
      high += length;
      i += length;
      continue;
    }
    ++high, ++i;
  }
  for (std::size_t i = 0; i < b.size();) {
    const auto lead = static_cast<unsigned char>(b[i]);
    if (lead < 0x80) {
      ++i;
      continue;
    }
    if (lead == 0x80 || lead == 0xFF || i + 1 == b.size()) return false;
    const auto trail = static_cast<unsigned char>(b[i + 1]);
    if (trail < 0x40 || trail == 0x7F || trail == 0xFF) return false;
    i += 2;
  }
  constexpr std::size_t kEnoughBytes = 4;  // two characters: one broken one is UTF-8's
  return high >= kEnoughBytes && valid_utf8 * 2 < high;
}

}  // namespace

std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto c0 = static_cast<unsigned char>(s[i]);
  if (c0 < 0x80) return 1;
  std::size_t length = 0;
  unsigned min_second = 0x80, max_second = 0xBF;
  if (c0 >= 0xC2 && c0 <= 0xDF) {
    length = 2;
  } else if (c0 >= 0xE0 && c0 <= 0xEF) {
    length = 3;
    if (c0 == 0xE0) min_second = 0xA0;  // overlong
    if (c0 == 0xED) max_second = 0x9F;  // UTF-16 surrogates
  } else if (c0 >= 0xF0 && c0 <= 0xF4) {
    length = 4;
    if (c0 == 0xF0) min_second = 0x90;  // overlong
    if (c0 == 0xF4) max_second = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  if (i + length > s.size()) return 0;
  const auto c1 = static_cast<unsigned char>(s[i + 1]);
  if (c1 < min_second || c1 > max_second) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if (!is_continuation(static_cast<unsigned char>(s[i + k]))) return 0;
  }
  return length;
}

SourceText::SourceText(std::string_view bytes, std::string file) : file_(std::move(file)) {
  if (bytes.starts_with(kUtf8Bom)) bytes.remove_prefix(kUtf8Bom.size());
  text_.assign(bytes);
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i) {
    // A carriage return alone ends a line too, as in the editors that wrote it.
    const bool lone_cr = text_[i] == '\r' && (i + 1 == text_.size() || text_[i + 1] != '\n');
    if (text_[i] == '\n' || lone_cr) line_starts_.push_back(i + 1);
  }
}

Location SourceText::location(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line_index = static_cast<std::size_t>(next - line_starts_.begin()) - 1;
  std::size_t from = line_starts_[line_index];
  int column = 1;
  if (cached_line_ == line_index && cached_offset_ >= from && cached_offset_ <= offset) {
    from = cached_offset_;
    column = cached_column_;
  }
  for (std::size_t i = from; i < offset; ++i) {
    if (!is_continuation(static_cast<unsigned char>(text_[i]))) ++column;
  }
  cached_offset_ = offset;
  cached_line_ = line_index;
  cached_column_ = column;
  return {static_cast<int>(line_index) + 1, column};
}

std::string_view SourceText::line_at(std::size_t offset) const {
  const int line = location(offset).line;
  const std::size_t begin = line_start(line);
  const std::size_t end = line_start(line + 1);
  std::string_view text = std::string_view(text_).substr(begin, end - begin);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

std::size_t SourceText::line_start(int line) const {
  if (line < 1) return 0;
  const auto index = static_cast<std::size_t>(line - 1);
  return index < line_starts_.size() ? line_starts_[index] : text_.size();
}

std::optional<model::Diagnostic> SourceText::check_encoding() const {
  auto error = [&](model::SourcePos pos, messages::Message problem) {
    return model::Diagnostic{std::move(pos), model::Severity::kError, std::move(problem)};
  };
  using messages::message;
  using messages::MessageId;
  if (text_.size() > kMaxFileBytes) {
    return error({file_, 0, 0}, message(MessageId::kFileTooLarge, {{"limit", kMaxFileBytes}}));
  }
  if (const char* wide = wide_encoding(text_)) {
    return error({file_, 1, 1},
                 message(MessageId::kWideEncoding, {{"encoding", wide}}));
  }
  for (std::size_t i = 0; i < text_.size();) {
    if (text_[i] == '\0') {
      return error(position(i), message(MessageId::kNulByte));
    }
    const std::size_t length = utf8_sequence_length(text_, i);
    if (length == 0 && looks_like_gbk(text_)) {
      return error(position(i),
                   message(MessageId::kLooksLikeGbk,
                           {{"byte", static_cast<unsigned char>(text_[i])}}));
    }
    if (length == 0) {
      return error(position(i),
                   message(MessageId::kInvalidUtf8, {{"byte", static_cast<unsigned char>(text_[i])}}));
    }
    i += length;
  }
  return std::nullopt;
}

}  // namespace careerguide::load
