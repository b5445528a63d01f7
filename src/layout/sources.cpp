#include "layout/sources.h"

#include <vector>

#include "layout/context.h"

namespace careerguide::layout {
namespace {

bool chinese(const model::Guide& guide) { return guide.language == model::Language::kChinese; }

std::string quoted(const std::string& publisher, const std::string& title, bool zh) {
  if (title.empty()) return publisher;
  if (zh) return publisher + "《" + title + "》";
  return publisher.empty() ? "“" + title + "”" : publisher + ", “" + title + "”";
}

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
  return quoted(source.publisher.value, title, chinese(guide));
}

std::string full_citation(const model::Source& source, const model::Guide& guide) {
  const bool zh = chinese(guide);
  std::vector<std::string> details;
  if (!source.credit.empty())
    details.push_back(guide.labels.footer_credit + source.credit.value);
  details.push_back(format_date(source.date.value, guide.labels));
  details.push_back(source.place.value);
  const std::string tail = joined(details, zh ? "，" : ", ");
  std::string out;
  if (zh) {
    // Forbes《标题》，2024年8月29日。
    out = quoted(source.publisher.value, source.title.value, true) + (tail.empty() ? "" : "，" + tail) + "。";
  } else {
    // Forbes, "Title," August 29, 2024. — the comma or full stop goes inside the quotes.
    const std::string lead = source.publisher.empty() ? "" : source.publisher.value + ", ";
    out = lead + "\u201C" + source.title.value + (tail.empty() ? ".\u201D" : ",\u201D " + tail + ".");
  }
  if (!source.url.empty()) out += (zh ? "" : " ") + source.url.value;
  return out;
}

}  // namespace careerguide::layout
