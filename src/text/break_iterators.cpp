#include "text/break_iterators.h"

#include <memory>
#include <stdexcept>
#include <string>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

namespace careerguide::text {

namespace {

enum class BreakKind { kLine, kCharacter, kWord };

std::unique_ptr<icu::BreakIterator> create_iterator(BreakKind kind) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale chinese("zh");
  std::unique_ptr<icu::BreakIterator> iterator;
  switch (kind) {
    case BreakKind::kLine:
      iterator.reset(icu::BreakIterator::createLineInstance(chinese, status));
      break;
    case BreakKind::kCharacter:
      iterator.reset(icu::BreakIterator::createCharacterInstance(chinese, status));
      break;
    case BreakKind::kWord:
      iterator.reset(icu::BreakIterator::createWordInstance(chinese, status));
      break;
  }
  if (U_FAILURE(status) || !iterator) {
    throw std::runtime_error(std::string("cannot create an ICU break iterator (") +
                             u_errorName(status) + ")");
  }
  return iterator;
}

/// The thread's iterator of `kind`, created on first use: creating one
/// loads rule data, far dearer than a paragraph's worth of breaking.
icu::BreakIterator& cached_iterator(BreakKind kind) {
  thread_local std::unique_ptr<icu::BreakIterator> line;
  thread_local std::unique_ptr<icu::BreakIterator> character;
  thread_local std::unique_ptr<icu::BreakIterator> word;
  std::unique_ptr<icu::BreakIterator>& slot =
      kind == BreakKind::kLine ? line : kind == BreakKind::kCharacter ? character : word;
  if (!slot) slot = create_iterator(kind);
  return *slot;
}

/// Points `iterator` at `utf8` without copying it (ICU reads UTF-8 through
/// UText, so its offsets are our byte offsets) and calls `fn(offset)` for
/// every boundary after 0, in order.
template <typename Fn>
void for_each_boundary(BreakKind kind, std::string_view utf8, Fn&& fn) {
  UErrorCode status = U_ZERO_ERROR;
  UText text = UTEXT_INITIALIZER;
  utext_openUTF8(&text, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  icu::BreakIterator& iterator = cached_iterator(kind);
  iterator.setText(&text, status);
  if (U_FAILURE(status)) {
    utext_close(&text);
    throw std::runtime_error(std::string("ICU cannot read the text (") + u_errorName(status) + ")");
  }
  for (int32_t at = iterator.next(); at != icu::BreakIterator::DONE; at = iterator.next()) {
    fn(static_cast<std::size_t>(at));
  }
  utext_close(&text);
}

std::vector<std::size_t> boundaries(BreakKind kind, std::string_view utf8) {
  std::vector<std::size_t> result{0};
  if (utf8.empty()) return result;
  for_each_boundary(kind, utf8, [&](std::size_t at) { result.push_back(at); });
  if (result.back() != utf8.size()) result.push_back(utf8.size());
  return result;
}

}  // namespace

void find_line_breaks(std::string_view utf8, std::vector<std::uint8_t>& allowed) {
  allowed.assign(utf8.size() + 1, 0);
  allowed.front() = 1;
  allowed.back() = 1;
  if (utf8.empty()) return;
  for_each_boundary(BreakKind::kLine, utf8, [&](std::size_t at) {
    if (at <= utf8.size()) allowed[at] = 1;
  });
}

std::vector<std::size_t> grapheme_boundaries(std::string_view utf8) {
  return boundaries(BreakKind::kCharacter, utf8);
}

std::vector<std::size_t> word_boundaries(std::string_view utf8) {
  return boundaries(BreakKind::kWord, utf8);
}

}  // namespace careerguide::text
