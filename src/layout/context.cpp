#include "layout/context.h"

#include <array>
#include <charconv>

#include "text/char_class.h"
#include "text/utf8.h"

namespace careerguide::layout {
namespace {

constexpr double kTitleSize = 26;
constexpr double kTitlePitch = 36;
constexpr double kSmallTitleSize = 22;  // titles that need 3 lines at 26 pt
constexpr double kSmallTitlePitch = 30;
constexpr double kSubtitlePitch = 16;
Palette palette_for(const model::Guide& guide) {
  Palette palette;
  if (guide.theme.accent) palette.accent = *guide.theme.accent;
  palette.tint = tint_for(palette.accent);
  return palette;
}

}  // namespace

LayoutContext::LayoutContext(const model::Guide& g, model::Paper paper,
                             const text::Measurer& measurer)
    : guide(g),
      locale(locale_of(g.language)),
      frame(page_frame(paper)),
      palette(palette_for(g)),
      typesetter(measurer, locale.tracking),
      blocks(frame, palette, typesetter, locale) {}

namespace {

/// The kicker above a page title, on one line: a market named at its length
/// limit is cut with "…" rather than run past the right margin.
void draw_kicker(const LayoutContext& context, Page& page, const std::string& kicker) {
  const TextStyle style{text::FontFace::kBold, 9, context.palette.accent, 0.15};
  context.typesetter.draw(page, context.typesetter.fit(kicker, style, context.frame.text_width()),
                          context.frame.left(), context.c(12), style);
}

}  // namespace

double draw_title_block(const LayoutContext& context, Page& page, const std::string& kicker,
                        const std::string& title, const std::string& subtitle) {
  const PageFrame& frame = context.frame;
  const Palette& palette = context.palette;
  if (!kicker.empty()) {
    const std::size_t from = page.items.size();
    draw_kicker(context, page, kicker);
    page.tag_from(from, Role::kParagraph);
  }
  const std::size_t title_from = page.items.size();
  TextStyle style{text::FontFace::kBold, kTitleSize, palette.ink, 0};
  double pitch = kTitlePitch;
  auto lines = context.typesetter.balanced(title, style, frame.text_width());
  if (lines.size() >= 3) {
    style.size = kSmallTitleSize;
    pitch = kSmallTitlePitch;
    lines = context.typesetter.balanced(title, style, frame.text_width());
  }
  for (std::size_t i = 0; i < lines.size(); ++i)
    draw_set_line(page, lines[i], frame.left(), context.c(48) + pitch * double(i), style);
  page.tag_from(title_from, Role::kHeading, nullptr, 1);
  double shift = lines.empty() ? 0 : pitch * double(lines.size() - 1);
  if (!subtitle.empty()) {
    const std::size_t from = page.items.size();
    const TextStyle sub{text::FontFace::kRegular, 12, palette.text2, 0};
    const auto sub_lines =
        context.typesetter.paragraph(subtitle, sub, frame.text_width(), text::Align::kLeft);
    for (std::size_t i = 0; i < sub_lines.size(); ++i)
      draw_set_line(page, sub_lines[i], frame.left(),
                    context.c(72) + shift + kSubtitlePitch * double(i), sub);
    if (!sub_lines.empty()) shift += kSubtitlePitch * double(sub_lines.size() - 1);
    if (ElementRef sub_element = page.tag_from(from, Role::kParagraph))
      sub_element->language = language_if_other(context, subtitle);
  }
  return shift;
}

void draw_compact_title(const LayoutContext& context, Page& page, const std::string& kicker,
                        const std::string& title) {
  const PageFrame& frame = context.frame;
  // A continuation page repeats its page's kicker and title as running
  // text: the heading is on the page before, and the page joins its Sect.
  const std::size_t from = page.items.size();
  if (!kicker.empty()) draw_kicker(context, page, kicker);
  const TextStyle style{text::FontFace::kBold, 18, context.palette.ink, 0};
  // A long title is cut, never the mark: the page must say it continues.
  // The mark keeps at most half the line, so that even one at its length
  // limit leaves the title a start and nothing passes the right margin.
  const Typesetter& ts = context.typesetter;
  const std::string mark = ts.fit(context.labels().continued, style, frame.text_width() / 2);
  const std::string cut = ts.fit(title, style, frame.text_width() - ts.width(mark, style));
  ts.draw(page, cut + mark, frame.left(), context.c(42), style);
  page.tag_from(from, Role::kArtifact);
}

std::string language_if_other(const LayoutContext& context, std::string_view text) {
  bool cjk = false;
  bool latin = false;
  text::for_each_code_point(text, [&](char32_t cp) {
    if (text::is_ideograph(cp)) cjk = true;
    else if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')) latin = true;
  });
  const bool chinese_guide = context.locale.tag.starts_with("zh");
  if (chinese_guide && latin && !cjk) return "en";
  if (!chinese_guide && cjk && !latin) return "zh-CN";
  return {};
}

double continuation_rule_y(const LayoutContext& context) { return context.c(66); }

std::string year_of(const std::string& iso_date) {
  if (iso_date.size() < 4) return {};
  for (std::size_t i = 0; i < 4; ++i)
    if (iso_date[i] < '0' || iso_date[i] > '9') return {};
  return iso_date.substr(0, 4);
}

std::string two_digits(std::size_t n) { return n < 10 ? "0" + std::to_string(n) : std::to_string(n); }

std::string format_date(const std::string& iso_date, const model::Labels& labels) {
  int y = 0, m = 0, d = 0;
  if (iso_date.size() != 10 || iso_date[4] != '-' || iso_date[7] != '-') return iso_date;
  const char* s = iso_date.data();
  if (std::from_chars(s, s + 4, y).ec != std::errc{} ||
      std::from_chars(s + 5, s + 7, m).ec != std::errc{} ||
      std::from_chars(s + 8, s + 10, d).ec != std::errc{} || m < 1 || m > 12)
    return iso_date;
  static constexpr std::array<const char*, 12> kMonths{
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  return model::fill(labels.date_format, {{"y", std::to_string(y)},
                                          {"m", std::to_string(m)},
                                          {"d", std::to_string(d)},
                                          {"month", kMonths[static_cast<std::size_t>(m - 1)]}});
}

}  // namespace careerguide::layout
