#include "messages/table.h"

#include <algorithm>
#include <array>
#include <cstddef>

namespace careerguide::messages {
namespace {

using enum MessageId;

// Chinese texts follow docs/messages.md: full-width punctuation (，；：（）“”)
// except around code and data, key names and values as they are written.
constexpr std::array<MessageText, static_cast<std::size_t>(kCount)> kTable{{
    {kVerbatim, "{text}", "{text}"},

    {kANumber, "a number", "数字"},
    {kText, "text", "文字"},
    {kNothing, "nothing", "空值"},
    {kAList, "a list", "列表"},
    {kAMapping, "a mapping", "映射（键: 值）"},
    {kQuoted, "\"{text}\"", "\"{text}\""},
    {kTrueOrFalse, "true or false", "true 或 false"},
    {kAListOfItems, "a list (one item per line, each starting with \"- \")",
     "列表（每项一行，以 \"- \" 开头）"},
    {kAMappingOfKeys, "a mapping of keys and values (key: value)", "一组“字段: 值”（key: value）"},
    {kAKeyName, "a key name", "字段名"},

    {kExpected, "expected {what} (got {value})", "应为{what}，实际为 {value}"},
    {kExpectedNumberWriteAs, "expected a number (got {value}); write it as {hint}",
     "应为数字，实际为 {value}；请写成 {hint}"},
    {kRequiredButMissing, "required but missing", "必填，但缺少此字段"},
    {kRequiredButEmpty, "required but empty", "必填，但内容为空"},
    {kUnknownKeyDidYouMean, "unknown key (did you mean \"{suggestion}\"?)",
     "未知的字段（是否想写 \"{suggestion}\"？）"},
    {kUnknownKeyIgnored, "unknown key (ignored)", "未知的字段（已忽略）"},
    {kMergeKey, "merge keys (\"<<\") are not supported; repeat the fields in each mapping",
     "不支持合并键（\"<<\"）；请在每处把字段重写一遍"},
    {kTextTooLong, "the text is {length} characters long; the limit is {limit} characters; {fix}",
     "文字长 {length} 个字符，上限为 {limit} 个字符；{fix}"},

    {kCannotPrint, "{character} cannot be printed ({reason}); it is shown as {substitute}",
     "{character} 无法打印（{reason}），已显示为 {substitute}"},
    {kOutsideBmp,
     "outside the Basic Multilingual Plane: the PDF library draws only U+0000 to U+FFFF",
     "不在基本多文种平面内：PDF 库只能绘制 U+0000 到 U+FFFF 的字符"},
    {kNoFontHasIt, "no configured font has it; theme.fonts.fallback can name a font that does",
     "已配置的字体都没有这个字符；可以在 theme.fonts.fallback 中指定一个有它的字体"},
    {kRegularFontLacksIt, "the regular font lacks it", "常规字体缺少这个字符"},
    {kBoldFontLacksIt, "the bold font lacks it", "粗体字体缺少这个字符"},
    {kMoreUnprintable,
     "{count} more characters that cannot be printed are not listed (only the first {limit} "
     "warnings are)",
     "另有 {count} 个无法打印的字符未列出（只列出前 {limit} 条警告）"},

    {kSalaryRange, "the range {min}–{max} (midpoint {midpoint})", "区间 {min}–{max}（中值 {midpoint}）"},
    {kSalaryFarAboveTenfold,
     "{figure} is more than 5 times the median of the guide's figures ({median}); if a zero was "
     "typed too many, write {fix}",
     "{figure} 超过本手册薪资中位数（{median}）的 5 倍；如果多打了一个 0，应写作 {fix}"},
    {kSalaryFarAbove,
     "{figure} is more than 5 times the median of the guide's figures ({median}); check the "
     "figure against the source",
     "{figure} 超过本手册薪资中位数（{median}）的 5 倍；请对照资料来源核对这个数字"},
    {kSalaryFarBelowTenfold,
     "{figure} is less than a fifth of the median of the guide's figures ({median}); if a zero "
     "is missing, write {fix}",
     "{figure} 不到本手册薪资中位数（{median}）的五分之一；如果少打了一个 0，应写作 {fix}"},
    {kSalaryFarBelow,
     "{figure} is less than a fifth of the median of the guide's figures ({median}); check the "
     "figure against the source",
     "{figure} 不到本手册薪资中位数（{median}）的五分之一；请对照资料来源核对这个数字"},
    {kNoSkills,
     "the role has no skills; add skills: a list of what the role needs, one item per line "
     "starting with \"- \"",
     "这个职位没有 skills；请添加 skills：列出这个职位需要的能力，每项一行，以 \"- \" 开头"},
    {kNoGettingStarted,
     "the role has no getting_started; add getting_started: the first steps into the role, as "
     "a list or as a text",
     "这个职位没有 getting_started；请添加 getting_started：入行的第一步，写成列表或一段文字都可以"},
    {kSummaryEmpty, "has nothing but punctuation; write two or three sentences on what the role does",
     "只有标点，没有内容；请用两三句话说明这个职位做什么"},
    {kSummaryOneSentence,
     "has only one sentence; a summary of two or three sentences says what the role does and "
     "why it matters",
     "只有一句话；简介写两三句话，才能说清这个职位做什么、为什么重要"},
    {kNoteRepeatsFigure,
     "repeats the figure ({amount}) that the page already shows; say what the figure does not "
     "(where it comes from, what it includes), or remove the note",
     "重复了页面上已经显示的薪资数字（{amount}）；请写数字本身说明不了的内容（来源、包含哪些收入），"
     "或者删去这条说明"},
    {kLinkNotSecure,
     "\"{address}\" is not a secure address: browsers warn about http:// pages; write https:// "
     "if the site has it",
     "\"{address}\" 不是安全地址：浏览器会对 http:// 网页发出警告；如果网站支持，请改为 https://"},
    {kLinkNotWeb,
     "\"{address}\" is not a web address (https://); check that this kind of link is what you "
     "want",
     "\"{address}\" 不是网页地址（https://）；请确认确实需要这种链接"},
    {kSparsePage,
     "the section \"{heading}\" spills onto the role's page {page} of {pages}, which is only "
     "{percent} % full; cut about {characters} characters from the role's text to save the page",
     "“{heading}”一节延续到这个职位的第 {page} 页（共 {pages} 页），这一页只用了 {percent}%；"
     "把这个职位的文字删减约 {characters} 个字符，就能省掉这一页"},
    {kSparsePageMoved,
     "the section \"{heading}\" does not fit under the text above it and starts the role's page "
     "{page} of {pages}, which is only {percent} % full; shorten what comes before it on the "
     "role's page (the title, the salary note, an earlier section) by a few lines, or cut the "
     "page's {characters} characters, to save the page",
     "“{heading}”一节在上文下面放不下，只好从这个职位的第 {page} 页（共 {pages} 页）开始，这一页只用了 "
     "{percent}%；把它前面的内容（职位名称、薪资说明或前面的小节）缩短几行，或者删去这一页上的 "
     "{characters} 个字符，就能省掉这一页"},
    {kMoreAdvice, "{count} more warnings not shown (only the first {limit} are listed)",
     "另有 {count} 条警告未列出（只列出前 {limit} 条）"},
}};

constexpr bool rows_in_id_order() {
  for (std::size_t i = 0; i < kTable.size(); ++i)
    if (static_cast<std::size_t>(kTable[i].id) != i) return false;
  return true;
}
static_assert(rows_in_id_order(), "table.cpp: the rows must follow the order of MessageId");

}  // namespace

std::vector<std::string> placeholders(std::string_view text) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '{') continue;
    if (i + 1 < text.size() && text[i + 1] == '{') {
      ++i;
      continue;
    }
    const std::size_t end = text.find_first_of(":}", i + 1);
    names.emplace_back(text.substr(i + 1, end == std::string_view::npos ? end : end - i - 1));
    i = end == std::string_view::npos ? text.size() : end;
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

std::span<const MessageText> message_table() { return kTable; }

std::string_view text_of(MessageId id, Language language) {
  const MessageText& row = kTable[static_cast<std::size_t>(id)];
  return language == Language::kChinese ? row.chinese : row.english;
}

}  // namespace careerguide::messages
