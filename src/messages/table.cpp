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
    // A value as written, after 实际为: Chinese sets data in quotes apart with a
    // space, and a fragment (列表, 空值) without one.
    {kQuoted, "\"{text}\"", " \"{text}\""},
    {kTrueOrFalse, "true or false", " true 或 false"},
    {kAListOfItems, "a list (one item per line, each starting with \"- \")",
     "列表（每项一行，以 \"- \" 开头）"},
    {kAMappingOfKeys, "a mapping of keys and values (key: value)", "一组“字段: 值”（key: value）"},
    {kAKeyName, "a key name", "字段名"},
    {kANumberOfZeroOrMore, "a number of 0 or more", "不小于 0 的数字"},
    {kASalaryInRange, "0 or a number from 0.01 to 1000000000000",
     " 0，或 0.01 到 1000000000000 之间的数字"},
    {kTextOrStepMapping, "text, or a mapping {{lead: …, text: …}}",
     "文字，或 {{lead: …, text: …}} 形式的一组字段"},
    {kACompleteAddress, "a complete address, such as https://example.com",
     "完整的网址，例如 https://example.com"},
    {kAWebAddress, "a web address starting with https:// or http://",
     "以 https:// 或 http:// 开头的网址"},
    {kASlug,
     "a slug of lowercase letters, digits and hyphens that starts with a letter, such as "
     "\"prompt-engineer\"",
     "由小写字母、数字和连字符组成、以字母开头的标识，例如 \"prompt-engineer\""},
    {kZhCnOrEn, "zh-CN or en", " zh-CN 或 en"},
    {kFormatOne, "1, the only format version this program reads", " 1（本程序只能读取第 1 版格式）"},
    {kADate, "a date written YYYY-MM-DD, such as 2024-07-12",
     "写成 YYYY-MM-DD 的日期，例如 2024-07-12"},
    {kACurrencyCode, "a three-letter code such as USD or CNY", "三个大写字母的货币代码，例如 USD 或 CNY"},
    {kYearMonthOrHour, "year, month or hour", " year、month 或 hour"},
    {kSalaryOrData, "salary or data", " salary 或 data"},
    {kTopLevelKeys, "keys such as \"title:\" and \"roles:\" at the top level",
     "最外层为 \"title:\"、\"roles:\" 这样的字段"},
    {kA4OrLetter, "a4 or letter", " a4 或 letter"},
    {kAColour, "a colour written \"#RRGGBB\" in quotes, such as \"#1F6FEB\"",
     "加引号的 \"#RRGGBB\" 形式的颜色，例如 \"#1F6FEB\""},
    {kAFaceNumber, "a face number 0, 1, 2 … inside a .ttc collection",
     " .ttc 字体集中的字体序号 0、1、2 …"},
    {kAFontFilePath, "a font file path", "字体文件的路径"},

    {kExpected, "expected {what} (got {value})", "应为{what}，实际为{value}"},
    {kExpectedNumberWriteAs, "expected a number (got {value}); write it as {hint}",
     "应为数字，实际为{value}；请写成 {hint}"},
    {kRequiredButMissing, "required but missing", "必填，但缺少此字段"},
    {kRequiredButEmpty, "required but empty", "必填，但内容为空"},
    {kUnknownKeyDidYouMean, "unknown key (did you mean \"{suggestion}\"?)",
     "未知的字段（是否想写 \"{suggestion}\"？）"},
    {kUnknownKeyIgnored, "unknown key (ignored)", "未知的字段（已忽略）"},
    {kMergeKey, "merge keys (\"<<\") are not supported; repeat the fields in each mapping",
     "不支持合并键（\"<<\"）；请在每处把字段重写一遍"},
    {kTextTooLong, "the text is {length} characters long; the limit is {limit} characters; {fix}",
     "文字长 {length} 个字符，上限为 {limit} 个字符；{fix}"},
    {kShortenTitle, "shorten it; the summary can say the rest", "请缩短，其余内容可以写在 summary 里"},
    {kShortenUrl, "link to a shorter address, such as the page without its tracking parameters",
     "请换一个更短的网址，例如去掉跟踪参数后的页面地址"},
    {kRoundedToWholeUnits, "{written} is rounded to {shown} (yearly and monthly figures are whole units)",
     "{written} 已四舍五入为 {shown}（年薪和月薪只取整数）"},
    {kRoundedToHundredths, "{written} is rounded to {shown} (hourly figures have 2 decimals)",
     "{written} 已四舍五入为 {shown}（时薪保留 2 位小数）"},
    {kMinAboveMax, "{min} is above max ({max})", "{min} 大于 max（{max}）"},
    {kNoRoles, "needs at least one role (the list is empty)", "至少需要一个职位（列表为空）"},
    {kTooManyRoles, "{count} roles; the limit is {limit}", "共 {count} 个职位，上限为 {limit} 个"},
    {kDuplicateId, "duplicate id \"{id}\" (first used on line {line})",
     "id \"{id}\" 重复（第 {line} 行已用过）"},
    {kShortenIt, "shorten it", "请缩短"},
    {kShortenLikeBuiltin, "shorten it, like the built-in \"{builtin}\"",
     "请缩短，可参考内置的 \"{builtin}\""},
    {kShortenGuideTitle, "shorten it; the subtitle or the intro can say the rest",
     "请缩短，其余内容可以写在 subtitle 或 intro 里"},
    {kShortenAuthor, "shorten it; a longer credit belongs in closing",
     "请缩短，更长的署名可以写在 closing 里"},
    {kShortenSymbol, "write a short symbol such as $, ¥ or \"CHF \"",
     "请写一个简短的符号，例如 $、¥ 或 \"CHF \""},
    {kAccentCommentedOut,
     "expected a colour written \"#RRGGBB\" in quotes, such as \"#1F6FEB\" (got nothing; without "
     "quotes, # starts a comment)",
     "应为加引号的 \"#RRGGBB\" 形式的颜色，例如 \"#1F6FEB\"，实际为空值（不加引号时，# "
     "会开始一段注释）"},
    {kAccentTooDark,
     "\"{colour}\" is too dark to print well (luma {luma}; choose a colour with luma between {min} "
     "and {max})",
     "\"{colour}\" 太暗，打印效果不好（亮度 {luma}；请选择亮度在 {min} 到 {max} 之间的颜色）"},
    {kAccentTooLight,
     "\"{colour}\" is too light to print well (luma {luma}; choose a colour with luma between {min} "
     "and {max})",
     "\"{colour}\" 太浅，打印效果不好（亮度 {luma}；请选择亮度在 {min} 到 {max} 之间的颜色）"},

    // Slips of the keyboard found line by line (load/line_checks.cpp).
    {kByteOrderMarkInside,
     "byte-order mark (U+FEFF, invisible) in the middle of the file, for example where two files "
     "were joined; delete it",
     "文件中间有一个字节顺序标记（U+FEFF，看不见），常见于两个文件拼接处；请删除它"},
    {kLoneCarriageReturnOne,
     "this line ends with a carriage return (CR) alone, as old Mac editors save it ({count} such "
     "line end in the file); save the file with LF line endings",
     "这一行只以回车符（CR）结尾，旧版 Mac 编辑器会这样保存（文件中共 {count} 处）；请以 LF "
     "换行符保存文件"},
    {kLoneCarriageReturns,
     "this line ends with a carriage return (CR) alone, as old Mac editors save it ({count} such "
     "line ends in the file); save the file with LF line endings",
     "这一行只以回车符（CR）结尾，旧版 Mac 编辑器会这样保存（文件中共 {count} 处）；请以 LF "
     "换行符保存文件"},
    {kTabIndentation, "tabs are not allowed for indentation; use spaces",
     "缩进不能用制表符（Tab）；请改用空格"},
    {kFullWidthSpaceIndentation,
     "full-width space \"　\" (U+3000) in the indentation; indent with ordinary spaces",
     "缩进里有全角空格“　”（U+3000）；请改用半角空格缩进"},
    {kNoBreakSpaceIndentation,
     "no-break space (U+00A0) in the indentation; indent with ordinary spaces",
     "缩进里有不换行空格（U+00A0）；请改用半角空格缩进"},
    {kFullWidthHyphen,
     "full-width hyphen \"－\" (U+FF0D) as a list marker; write an ASCII hyphen and a space, "
     "\"- \"",
     "列表项用了全角连字符“－”（U+FF0D）；请改为半角连字符加一个空格：\"- \""},
    {kFullWidthColonAfterKey,
     "full-width colon \"：\" after the key \"{key}\"; write an ASCII colon and a space, \"{key}: \"",
     "字段 \"{key}\" 后面用了全角冒号“：”；请改为半角冒号加一个空格：\"{key}: \""},
    {kNoSpaceAfterColon,
     "no space after the colon of \"{key}:\"; write \"{key}: \" with a space after the colon",
     "\"{key}:\" 的冒号后面缺少空格；请改为 \"{key}: \"（冒号后加一个空格）"},
    {kFullWidthColonInBraces,
     "full-width colon \"：\" after \"{key}\" inside {{braces}}; write an ASCII colon and a space, "
     "\"{key}: \"",
     "花括号 {{}} 里 \"{key}\" 后面用了全角冒号“：”；请改为半角冒号加一个空格：\"{key}: \""},
    {kFullWidthCommaInBraces,
     "full-width comma \"，\" between the keys inside {{braces}}; write an ASCII comma and a space, "
     "\", \"",
     "花括号 {{}} 里的字段之间用了全角逗号“，”；请改为半角逗号加一个空格：\", \""},

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
