#include "text/units.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>

#include "text/break_iterators.h"
#include "text/char_class.h"
#include "text/utf8.h"

namespace careerguide::text {

namespace {

struct CodePoint {
  char32_t cp = 0;
  std::size_t offset = 0;  // byte offset in the paragraph text
  FontFace face = FontFace::kRegular;
};

enum class CharKind { kSpace, kCjk, kLatin };

/// How a unit joins the one before it.
enum class Join {
  kNatural,  // a new token: gap and break from the text and the rules
  kInWord,   // inside a Latin word at a UAX #14 break (after a hyphen): no gap
  kForced,   // at a URL break or inside an over-wide unit: no gap, a break allowed
};

// Characters of a URL, not counting its scheme ("https://"), that a break
// inside it leaves at least on either side: "https://labs." or "html" alone
// at a line's end or start reads as a broken link.
constexpr std::size_t kMinUrlPiece = 6;

bool is_url_separator(char32_t cp) { return cp == U'/' || cp == U'.' || cp == U'-'; }

class UnitBuilder {
 public:
  UnitBuilder(double size, double cjk_latin_gap, double max_unit_width, const Measurer& measurer)
      : size_(size), gap_points_(cjk_latin_gap * size), max_width_(max_unit_width),
        measurer_(measurer) {}

  UnitText build(std::span<const Span> spans) {
    decode(spans);
    classify();
    find_line_breaks(out_.utf8, allowed_);
    std::size_t i = 0;
    while (i < cps_.size()) {
      if (kinds_[i] == CharKind::kSpace) {
        take_space(i);
        ++i;
      } else if (kinds_[i] == CharKind::kCjk) {
        i = take_cjk(i);
      } else {
        i = take_word(i);
      }
    }
    return std::move(out_);
  }

 private:
  void decode(std::span<const Span> spans) {
    std::size_t bytes = 0;
    for (const Span& span : spans) bytes += span.utf8.size();
    out_.utf8.reserve(bytes);
    cps_.reserve(bytes);
    out_.units.reserve(bytes / 2 + 1);
    for (const Span& span : spans) {
      const std::size_t base = out_.utf8.size();
      out_.utf8 += span.utf8;
      std::size_t pos = 0;
      while (pos < span.utf8.size()) {
        const std::size_t at = pos;
        cps_.push_back({decode_next(span.utf8, pos), base + at, span.face});
      }
    }
  }

  void classify() {
    kinds_.resize(cps_.size());
    for (std::size_t i = 0; i < cps_.size(); ++i) {
      const char32_t cp = cps_[i].cp;
      if (is_word_space(cp)) {
        kinds_[i] = CharKind::kSpace;
      } else if (is_cjk(cp) || (is_ambiguous_cjk_mark(cp) && in_cjk_context(i))) {
        kinds_[i] = CharKind::kCjk;
      } else {
        kinds_[i] = CharKind::kLatin;
      }
    }
  }

  /// An ambiguous mark (— … “ ”) is CJK when the nearest character on either
  /// side that is not itself such a mark is CJK.
  bool in_cjk_context(std::size_t i) const {
    std::size_t left = i;
    while (left > 0 && is_ambiguous_cjk_mark(cps_[left - 1].cp)) --left;
    if (left > 0 && is_cjk(cps_[left - 1].cp)) return true;
    std::size_t right = i + 1;
    while (right < cps_.size() && is_ambiguous_cjk_mark(cps_[right].cp)) ++right;
    return right < cps_.size() && is_cjk(cps_[right].cp);
  }

  void take_space(std::size_t i) {
    if (pending_space_ || out_.units.empty()) return;  // runs of spaces collapse
    pending_space_ = true;
    space_face_ = cps_[i].face;
    // A tab or a stray line break is as wide as a space and never drawn:
    // fonts give it no glyph.
    const bool drawable = cps_[i].cp != U'\t' && cps_[i].cp != U'\n' && cps_[i].cp != U'\r';
    space_begin_ = cps_[i].offset;
    space_end_ = drawable ? end_offset(i + 1) : space_begin_;
    space_width_ = measurer_.advance(drawable ? cps_[i].cp : U' ', space_face_, size_);
  }

  /// One CJK character is one unit, except that —— and …… stay together.
  std::size_t take_cjk(std::size_t i) {
    std::size_t last = i + 1;
    const char32_t cp = cps_[i].cp;
    if (cp == U'\u2014' || cp == U'\u2026') {
      while (last < cps_.size() && cps_[last].cp == cp && cps_[last].face == cps_[i].face) ++last;
    }
    emit(i, last, Join::kNatural);
    return last;
  }

  /// A Latin word or number: one unit, cut where the face changes and at
  /// UAX #14 breaks inside it (after a hyphen), or, in a URL, at the breaks
  /// is_url_break allows instead.
  std::size_t take_word(std::size_t i) {
    std::size_t end = i;
    while (end < cps_.size() && kinds_[end] == CharKind::kLatin) ++end;
    const std::optional<std::size_t> host = url_host(i, end);
    std::size_t first = i;
    Join join = Join::kNatural;
    for (std::size_t k = i + 1; k < end; ++k) {
      const bool face_change = cps_[k].face != cps_[k - 1].face;
      const bool url_break = host && is_url_break(*host, k, end);
      if (face_change || url_break || (!host && allowed_[cps_[k].offset] != 0)) {
        emit_fitting(first, k, join, host);
        first = k;
        join = url_break ? Join::kForced : Join::kInWord;
      }
    }
    emit_fitting(first, end, join, host);
    return end;
  }

  /// For a URL [first, last), the index of its first code point after the
  /// scheme ("https://"), or `first` when it has none (www.…); nullopt for
  /// any other word.
  std::optional<std::size_t> url_host(std::size_t first, std::size_t last) const {
    const std::string_view word = bytes(first, last);
    const std::size_t scheme_end = word.find("://");
    if (scheme_end != std::string_view::npos) {
      return index_at(cps_[first].offset + scheme_end + 3);
    }
    if (word.starts_with("www.")) return first;
    return std::nullopt;
  }

  /// Whether a line may break before code point `k` of a URL that ends
  /// before `last` and whose host starts at `host`: after a run of / . -,
  /// never in or right after the scheme, and leaving kMinUrlPiece characters
  /// of the URL on either side.
  bool is_url_break(std::size_t host, std::size_t k, std::size_t last) const {
    return ends_separators(k) && k >= host + kMinUrlPiece && last - k >= kMinUrlPiece;
  }

  /// Whether code point `k` follows a run of URL separators (/ . -).
  bool ends_separators(std::size_t k) const {
    return is_url_separator(cps_[k - 1].cp) && !is_url_separator(cps_[k].cp);
  }

  /// Emits [first, last) as one unit, or, when it is wider than a line, as
  /// pieces: in a URL (host given) after any run of / . - except the
  /// scheme's, then between grapheme clusters.
  void emit_fitting(std::size_t first, std::size_t last, Join join,
                    std::optional<std::size_t> host) {
    if (last - first < 2 || max_width_ <= 0 || measure(first, last) <= max_width_) {
      emit(first, last, join);
      return;
    }
    if (!host) {
      emit_graphemes(first, last, join);
      return;
    }
    std::size_t piece = first;
    for (std::size_t k = first + 1; k < last; ++k) {
      if (ends_separators(k) && k != *host) {
        emit_fitting(piece, k, piece == first ? join : Join::kForced, std::nullopt);
        piece = k;
      }
    }
    emit_fitting(piece, last, piece == first ? join : Join::kForced, std::nullopt);
  }

  void emit_graphemes(std::size_t first, std::size_t last, Join join) {
    const std::size_t base = cps_[first].offset;
    std::size_t piece = first;
    for (const std::size_t boundary : grapheme_boundaries(bytes(first, last))) {
      const std::size_t k = index_at(base + boundary);
      if (k <= piece || k > last) continue;
      emit(piece, k, piece == first ? join : Join::kForced);
      piece = k;
    }
  }

  void emit(std::size_t first, std::size_t last, Join join) {
    Unit unit;
    unit.begin = cps_[first].offset;
    unit.end = end_offset(last);
    unit.face = cps_[first].face;
    unit.width = measure(first, last);
    unit.single = last - first == 1;
    for (std::size_t k = first; k < last; ++k) {
      if (!is_punctuation(cps_[k].cp)) ++unit.letters;
    }
    set_blanks(unit, first, last);
    set_gap_and_break(unit, first, join);
    out_.units.push_back(unit);
    pending_space_ = false;
    previous_last_ = last - 1;
  }

  /// A single full-width CJK mark has half an em of blank on one side.
  void set_blanks(Unit& unit, std::size_t first, std::size_t last) const {
    if (last - first != 1 || kinds_[first] != CharKind::kCjk) return;
    if (unit.width < 0.9 * size_) return;  // a proportional quote has no blank half
    const char32_t cp = cps_[first].cp;
    if (is_compressible_opening(cp)) unit.left_blank = unit.width / 2;
    if (is_compressible_closing(cp)) unit.right_blank = unit.width / 2;
  }

  void set_gap_and_break(Unit& unit, std::size_t first, Join join) {
    if (out_.units.empty()) {
      unit.break_before = true;
      return;
    }
    const char32_t before = cps_[previous_last_].cp;
    const char32_t after = cps_[first].cp;
    if (pending_space_) {
      unit.gap = space_width_;
      unit.stretchable = true;
      unit.space = true;
      unit.space_face = space_face_;
      unit.space_begin = space_begin_;
      unit.space_end = space_end_;
    } else if (join == Join::kNatural) {
      unit.gap = takes_gap(previous_last_, first) ? gap_points_ : 0.0;
      unit.stretchable = true;
      // Two adjacent marks lose one blank half between them (），  。「  （「).
      const Unit& before_unit = out_.units.back();
      const bool marks = (before_unit.left_blank > 0 || before_unit.right_blank > 0) &&
                         (unit.left_blank > 0 || unit.right_blank > 0);
      if (marks && before_unit.right_blank + unit.left_blank > 0) {
        unit.gap = -std::max(before_unit.right_blank, unit.left_blank);
      }
    }
    bool allowed = join == Join::kForced || allowed_[unit.begin] != 0;
    // UAX #14 glues quotes to both neighbours; Chinese text breaks before “
    // and after ” like before and after any other bracket.
    if (kinds_[first] == CharKind::kCjk && kinds_[previous_last_] == CharKind::kCjk &&
        (is_opening_quote(after) || is_closing_quote(before))) {
      allowed = true;
    }
    unit.break_before = allowed && !is_line_start_prohibited(after) &&
                        !is_line_end_prohibited(before);
  }

  /// The CJK–Latin gap goes between an ideograph and a letter or digit only.
  bool takes_gap(std::size_t left, std::size_t right) const {
    const char32_t a = cps_[left].cp;
    const char32_t b = cps_[right].cp;
    return (is_ideograph(a) && kinds_[right] == CharKind::kLatin && takes_cjk_latin_gap(b)) ||
           (is_ideograph(b) && kinds_[left] == CharKind::kLatin && takes_cjk_latin_gap(a));
  }

  std::size_t end_offset(std::size_t index) const {
    return index < cps_.size() ? cps_[index].offset : out_.utf8.size();
  }

  std::string_view bytes(std::size_t first, std::size_t last) const {
    return std::string_view(out_.utf8).substr(cps_[first].offset,
                                              end_offset(last) - cps_[first].offset);
  }

  double measure(std::size_t first, std::size_t last) const {
    return measurer_.width(bytes(first, last), cps_[first].face, size_);
  }

  /// Index of the code point starting at byte `offset` (or cps_.size()).
  std::size_t index_at(std::size_t offset) const {
    const auto it = std::lower_bound(cps_.begin(), cps_.end(), offset,
                                     [](const CodePoint& c, std::size_t o) { return c.offset < o; });
    return static_cast<std::size_t>(it - cps_.begin());
  }

  double size_;
  double gap_points_;
  double max_width_;
  const Measurer& measurer_;
  UnitText out_;
  std::vector<CodePoint> cps_;
  std::vector<CharKind> kinds_;
  std::vector<std::uint8_t> allowed_;
  bool pending_space_ = false;
  double space_width_ = 0;
  FontFace space_face_ = FontFace::kRegular;
  std::size_t space_begin_ = 0;
  std::size_t space_end_ = 0;
  std::size_t previous_last_ = 0;
};

}  // namespace

UnitText build_units(std::span<const Span> spans, double size, double cjk_latin_gap,
                     double max_unit_width, const Measurer& measurer) {
  return UnitBuilder(size, cjk_latin_gap, max_unit_width, measurer).build(spans);
}

}  // namespace careerguide::text
