#include "layout/sources.h"

#include <vector>

#include "layout/context.h"
#include "layout/locale.h"

namespace careerguide::layout {
namespace {

std::string joined(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

}  // namespace

std::string short_citation(const model::Source& source, const model::Guide& guide) {
  const std::string& title = source.short_title.empty() ? source.title.value : source.short_title.value;
  return locale_of(guide.language).cited_title(source.publisher.value, title);
}

std::string full_citation(const model::Source& source, const model::Guide& guide) {
  const Locale& locale = locale_of(guide.language);
  std::vector<std::string> details;
  if (!source.credit.empty())
    details.push_back(guide.labels.footer_credit + source.credit.value);
  details.push_back(format_date(source.date.value, guide.labels));
  details.push_back(source.place.value);
  const std::string tail = joined(details, locale.list_separator);
  // Forbes《标题》，2024年8月29日。 / Forbes, “Title,” August 29, 2024. —
  // in English the comma or full stop goes inside the quotes.
  const std::string cited = locale.cited_title(source.publisher.value, source.title.value);
  std::string out = tail.empty() ? locale.punctuated(cited, locale.full_stop)
                                 : locale.punctuated(cited, locale.comma) + locale.word_space +
                                       tail + locale.full_stop;
  if (!source.url.empty()) out += locale.word_space + source.url.value;
  return out;
}

}  // namespace careerguide::layout
