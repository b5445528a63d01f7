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
    {kAMapping, "a mapping", "字段组"},
    // A value as written, after 实际为: Chinese sets data in quotes apart with a
    // space, and a fragment (列表, 空值) without one.
    {kQuoted, "\"{text}\"", " \"{text}\""},
    {kTrueOrFalse, "true or false", " true 或 false"},
    {kAListOfItems, "a list (one item per line, each starting with \"- \")",
     "列表（每项一行，以 \"- \" 开头）"},
    {kAMappingOfKeys, "a mapping of keys and values (key: value)", "一组“字段: 值”（key: value）形式的字段组"},
    {kAKeyName, "a key name", "字段名"},
    {kANumberOfZeroOrMore, "a number of 0 or more", "不小于 0 的数字"},
    {kASalaryInRange, "0 or a number from 0.01 to 1000000000000",
     " 0，或 0.01 到 1000000000000 之间的数字"},
    {kTextOrStepMapping, "text, or a mapping {{lead: …, text: …}}",
     "文字，或 {{lead: …, text: …}} 形式的字段组"},
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
     "最外层的 \"title:\"、\"roles:\" 等字段"},
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
    {kLabelUnknownPlaceholder,
     "{placeholder} is not filled in here and would print as written; this label takes {names}",
     "{placeholder} 在这里不会被替换，会原样印出；这个标签可用的占位符是 {names}"},
    {kLabelNoPlaceholders,
     "{placeholder} is not filled in here and would print as written; this label takes no placeholders",
     "{placeholder} 在这里不会被替换，会原样印出；这个标签不接受占位符"},
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

    // The YAML structure (load/yaml_tree.cpp).
    {kSecondDocument,
     "only one YAML document is allowed in a data file, and a second one starts here; check the "
     "indentation, or remove the \"---\" above it",
     "一个数据文件只能有一个 YAML 文档，这里却开始了第二个；请检查缩进，或删除上方的 \"---\""},
    {kTooManyValues,
     "the data has more than {limit} values, counting each use of an alias (\"*name\") in full; "
     "this is the limit",
     "数据中的值超过 {limit} 个（别名 \"*name\" 每用一次都完整计入）；这是上限"},
    {kTooMuchText,
     "the texts add up to more than {limit} bytes (16 MiB), counting each use of an alias "
     "(\"*name\") in full; this is the limit",
     "文字合计超过 {limit} 字节（16 MiB，别名 \"*name\" 每用一次都完整计入）；这是上限"},
    {kTooManyListItems,
     "the lists hold more than {limit} items in all, counting each use of an alias (\"*name\") in "
     "full; this is the limit",
     "各列表合计超过 {limit} 项（别名 \"*name\" 每用一次都完整计入）；这是上限"},
    {kUndefinedAnchor, "alias refers to an anchor that is not defined", "别名引用了一个未定义的锚点"},
    {kRecursiveAlias, "alias \"*{name}\" refers to the list or mapping that contains it",
     "别名 \"*{name}\" 引用了包含它自身的列表或字段组"},
    {kUnclosedQuote, "the quoted text starting here has no closing {quote}",
     "从这里开始的引号文字缺少结尾的 {quote}"},
    {kTextTooManyBytes, "the text is {length} bytes long; the limit is {limit} bytes",
     "文字长 {length} 字节，上限为 {limit} 字节"},
    {kComplexKey,
     "a list or mapping as a key (\"? …\") is not supported; keys are plain text, such as \"title\"",
     "不支持用列表或字段组作字段名（\"? …\"）；字段名应为普通文字，例如 \"title\""},
    {kDuplicateKey, "duplicate key (first on line {line})", "字段重复（第 {line} 行已出现）"},
    {kNestedTooDeep, "lists and mappings are nested more than {limit} levels deep; this is the limit",
     "列表和字段组的嵌套超过 {limit} 层；这是上限"},
    {kOnlyComments,
     "the file has only comments and no data; it needs at least \"title:\" and \"roles:\"",
     "文件里只有注释，没有数据；至少需要 \"title:\" 和 \"roles:\""},
    {kEmptyFile, "the file is empty; it needs at least \"title:\" and \"roles:\"",
     "文件是空的；至少需要 \"title:\" 和 \"roles:\""},

    // yaml-cpp's syntax errors, said plainly (load/describe_syntax_error.cpp).
    {kUnclosedBrackets, "this list in [brackets] is not closed; add the missing \"]\"",
     "这个方括号 [ ] 里的列表没有闭合；请补上缺少的 \"]\""},
    {kUnclosedBraces, "this mapping in {{braces}} is not closed; add the missing \"}}\"",
     "这个花括号 {{ }} 里的字段组没有闭合；请补上缺少的 \"}}\""},
    {kUnopenedBracket, "a closing \"]\" or \"}}\" here has no opening bracket",
     "这里的 \"]\" 或 \"}}\" 没有对应的开括号"},
    {kKeysMisaligned,
     "the indentation here does not match the lines above; keys at the same level need the same "
     "number of spaces",
     "这里的缩进与上面几行对不齐；同一层的字段需要相同数量的空格"},
    {kItemsMisaligned,
     "the indentation here does not match the lines above; items of one list and their keys need "
     "the same number of spaces",
     "这里的缩进与上面几行对不齐；同一列表的各项及其字段需要相同数量的空格"},
    {kUnexpectedColon,
     "unexpected \":\" here; put text that contains \": \" in quotes, or check the indentation",
     "这里不应出现 \":\"；含有 \": \" 的文字请加引号，或检查缩进"},
    {kUnexpectedListItem, "a list item \"- \" is not allowed here; check the indentation",
     "这里不能出现列表项 \"- \"；请检查缩进"},
    {kUnexpectedKey, "a key is not allowed here; check the indentation", "这里不能出现字段；请检查缩进"},
    {kCannotStartValue, "this character cannot start a value; put the text in quotes (\"...\")",
     "值不能以这个字符开头；请给文字加上引号（\"...\"）"},
    {kUnknownEscape,
     "unknown escape after \\ in double-quoted text; write \\\\ for a backslash, or use single "
     "quotes",
     "双引号文字中 \\ 后面是未知的转义；反斜杠请写成 \\\\，或改用单引号"},
    {kEndInsideQuote, "the file ends inside a quoted text; add the closing quote",
     "文件在引号文字中间结束了；请补上结尾的引号"},
    {kDocumentMarkerInText, "\"---\" or \"...\" inside a text; put the text in quotes",
     "文字中有 \"---\" 或 \"...\"；请给文字加上引号"},
    {kAnchorNotAbove, "this alias refers to an anchor that is not defined above it",
     "这个别名引用的锚点在它上方没有定义"},
    {kCharacterNotAllowed, "this character is not allowed in plain text; put the text in quotes",
     "不加引号的文字中不能有这个字符；请给文字加上引号"},
    {kYamlSyntaxError, "YAML syntax error: {detail}", "YAML 语法错误：{detail}"},

    // Reading the file (load/source_text.cpp, load/load_guide.cpp, load/data_file.cpp).
    {kFileTooLarge, "the file is larger than {limit} bytes (16 MiB), the limit for a data file",
     "文件超过 {limit} 字节（16 MiB），这是数据文件的上限"},
    {kWideEncoding, "the file is saved as {encoding}; save it as UTF-8 instead",
     "文件以 {encoding} 编码保存；请改存为 UTF-8"},
    {kNulByte, "NUL byte (0x00) in the file; is this really a text file?",
     "文件中有 NUL 字节（0x00）；这真的是文本文件吗？"},
    {kLooksLikeGbk,
     "invalid UTF-8 byte 0x{byte:02X}: the file looks like it is saved as GBK (Chinese Windows); "
     "save it as UTF-8 (Notepad: 另存为 → 编码 UTF-8)",
     "无效的 UTF-8 字节 0x{byte:02X}：文件似乎以 GBK 编码保存（中文 Windows 的默认编码）；请改存为 "
     "UTF-8（记事本：另存为 → 编码 UTF-8）"},
    {kInvalidUtf8, "invalid UTF-8 byte 0x{byte:02X}; save the file as UTF-8",
     "无效的 UTF-8 字节 0x{byte:02X}；请把文件存为 UTF-8"},
    {kDataIsFolder, "cannot read {file}: it is a folder, not a data file",
     "无法读取 {file}：这是一个文件夹，不是数据文件"},
    {kCannotRead, "cannot read {file}: {reason}", "无法读取 {file}：{reason}"},
    {kMoreProblems, "{count} more problems not shown (only the first {limit} are listed)",
     "另有 {count} 个问题未显示（只列出前 {limit} 个）"},
    {kDataNotRegular, "cannot read {file}: it is {kind}, not a data file; give a regular file",
     "无法读取 {file}：这是{kind}，不是数据文件；请指定一个普通文件"},
    {kAFifo, "a FIFO (named pipe)", "一个 FIFO（命名管道）"},
    {kASocket, "a socket", "一个套接字"},
    {kADevice, "a device", "一个设备"},
    {kNotARegularFile, "not a regular file", "一个非普通文件"},

    // Writing the PDF (save/).
    {kOutputIsData,
     "-o {output} is the data file {path}; writing the PDF there would destroy it (did you mean -o "
     "{suggestion}?)",
     "-o {output} 就是数据文件 {path}；把 PDF 写到那里会毁掉它（是否想写 -o {suggestion}？）"},
    {kOutputIsFont,
     "-o {output} is the font {key} {path}; writing the PDF there would destroy it (did you mean -o "
     "{suggestion}?)",
     "-o {output} 就是字体 {key} {path}；把 PDF 写到那里会毁掉它（是否想写 -o {suggestion}？）"},
    {kOutputNotPdf,
     "-o {output} is a file that is not a PDF; writing the PDF there would destroy it (did you mean -o "
     "{suggestion}?)",
     "-o {output} 是一个不是 PDF 的文件；把 PDF 写到那里会毁掉它（是否想写 -o {suggestion}？）"},
    {kCannotWrite, "cannot write {file}: {what} ({reason})", "无法写入 {file}：{what}（{reason}）"},
    {kOutputDanglingLink, "cannot write {file}: it is a symbolic link to a missing file ({target})",
     "无法写入 {file}：它是指向不存在文件的符号链接（{target}）"},
    {kOutputIsFolder, "cannot write {file}: it exists and is not a regular file (it is a folder)",
     "无法写入 {file}：它已存在，且不是普通文件（是一个文件夹）"},
    {kOutputNotRegular, "cannot write {file}: it exists and is not a regular file",
     "无法写入 {file}：它已存在，且不是普通文件"},
    {kWritingFailed, "writing failed", "写入失败"},
    {kCannotCreateFolder, "cannot create folder {folder}", "无法创建文件夹 {folder}"},
    {kCannotCreateTemporary, "cannot create a temporary file in {folder}",
     "无法在 {folder} 中创建临时文件"},
    {kFlushFailed, "flushing to disk failed", "写入磁盘失败"},
    {kCloseFailed, "closing failed", "关闭文件失败"},
    {kCannotReplace, "cannot replace the file", "无法替换原文件"},

    // Fonts (fonts/, cli/run.cpp).
    {kFontLoadFailed, "failed to load font {file} ({reason})", "无法加载字体 {file}（{reason}）"},
    {kNoSuchFile, "no such file", "文件不存在"},
    {kSymlinkLoop, "symbolic link loop", "符号链接循环"},
    {kFontTooLarge, "the file is {size} bytes; the limit for a font is {limit} bytes ({mebibytes} MiB)",
     "文件大小为 {size} 字节；字体文件的上限为 {limit} 字节（{mebibytes} MiB）"},
    {kCannotReadFile, "cannot read the file", "无法读取文件"},
    {kNotTrueType, "not a TrueType font", "不是 TrueType 字体"},
    {kSubsetOutOfMemory, "failed to subset font {file} (out of memory)",
     "无法为字体 {file} 生成子集（内存不足）"},
    {kSubsetFailed, "failed to subset font {file}", "无法为字体 {file} 生成子集"},
    {kNoSuchFontFamily,
     "failed to load font {file} (no such file; theme.fonts.{key} takes the path of a font file, and "
     "no installed font family is called \"{family}\": list the installed fonts and their files with "
     "fc-list : family file)",
     "无法加载字体 {file}（文件不存在；theme.fonts.{key} 应填写字体文件的路径，而系统中也没有名为 "
     "\"{family}\" 的字体：可用 fc-list : family file 列出已安装的字体及其文件）"},
    {kFontNotFound,
     "font not found: {family} {weight} (tried theme.fonts.{key} in the data: not set; {local}: no "
     "such file; fontconfig: no \"{family}\" {weight} installed). Install the Debian package "
     "fonts-lxgw-wenkai, copy {file} into {folder}, or set theme.fonts.{key} to a TrueType file",
     "找不到字体 {family} {weight}（数据中的 theme.fonts.{key}：未设置；{local}：文件不存在；"
     "fontconfig：未安装 \"{family}\" {weight}）。请安装 Debian 软件包 fonts-lxgw-wenkai，或把 "
     "{file} 复制到 {folder}，或把 theme.fonts.{key} 设为一个 TrueType 字体文件"},
    {kFaceWithIndex, "{file} (index {index})", "{file}（序号 {index}）"},
    {kSameBoldFace,
     "theme.fonts.bold is the same face as theme.fonts.regular ({face}): bold text will look "
     "regular; set theme.fonts.bold to a bold face (for a .ttc collection, the index of its bold "
     "face)",
     "theme.fonts.bold 与 theme.fonts.regular 是同一个字体（{face}）：粗体文字会显示成常规字体；"
     "请把 theme.fonts.bold 设为粗体字体（.ttc 字体集请填写其中粗体的序号）"},
    {kWrongFont,
     "the font {face} (theme.fonts.{key}) lacks {lacking} of the {printed} distinct characters the "
     "guide prints; set theme.fonts.{key} to a font that has them (for Chinese, a CJK font such as "
     "LXGW WenKai), or name one in theme.fonts.fallback",
     "字体 {face}（theme.fonts.{key}）缺少指南要打印的 {printed} 个不同字符中的 {lacking} 个；请把 "
     "theme.fonts.{key} 设为包含这些字符的字体（中文可用霞鹜文楷 LXGW WenKai 等中日韩字体），"
     "或在 theme.fonts.fallback 中指定一个"},
    {kPdfFailure, "{detail}", "无法生成 PDF：{detail}"},
    {kBadSourceDateEpoch,
     "SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 from 0 to {limit} (9999-12-31) (got "
     "\"{value}\"); unset it to use the current time",
     "SOURCE_DATE_EPOCH：应为自 1970-01-01 起的整秒数，范围 0 到 {limit}（9999-12-31），实际为 "
     "\"{value}\"；如要使用当前时间，请取消这个环境变量"},

    // What a run did, and the summary (cli/run.cpp).
    {kCheckedOneRole, "{file}: OK, {count} role", "{file}：检查通过，共 {count} 个职位"},
    {kCheckedRoles, "{file}: OK, {count} roles", "{file}：检查通过，共 {count} 个职位"},
    {kWroteOnePage, "wrote {file} ({pages} page, {kilobytes} KB)",
     "已写入 {file}（{pages} 页，{kilobytes} KB）"},
    {kWrotePages, "wrote {file} ({pages} pages, {kilobytes} KB)",
     "已写入 {file}（{pages} 页，{kilobytes} KB）"},
    {kNoProblems, "no problems found", "未发现问题"},
    {kOneError, "{count} error", "{count} 个错误"},
    {kErrors, "{count} errors", "{count} 个错误"},
    {kOneWarning, "{count} warning", "{count} 个警告"},
    {kWarnings, "{count} warnings", "{count} 个警告"},
    {kErrorsAndWarnings, "{errors}, {warnings}", "{errors}，{warnings}"},

    // The command line (cli/options.cpp, cli/main.cpp).
    {kUsageHint, "Run 'careerguide --help' for the options.",
     "运行 'careerguide --help' 查看所有选项。"},
    {kOutputEmpty, "-o: expected a file name (got \"\")", "-o：应为文件名，实际为 \"\""},
    {kOutputStdout, "-o: the PDF cannot be written to standard output (got \"-\"); give a file name",
     "-o：PDF 不能写到标准输出（实际为 \"-\"）；请给出文件名"},
    {kOutputFolder,
     "-o: expected a file name, not a folder (got \"{value}\"); for example -o {value}guide.pdf",
     "-o：应为文件名，而不是文件夹（实际为 \"{value}\"）；例如 -o {value}guide.pdf"},
    {kUnknownOptionDidYouMean, "unknown option \"{option}\" (did you mean \"{suggestion}\"?)",
     "未知的选项 \"{option}\"（是否想写 \"{suggestion}\"？）"},
    {kUnknownOption, "unknown option \"{option}\"", "未知的选项 \"{option}\""},
    {kUnexpectedArgument, "unexpected argument \"{argument}\": give one data file",
     "多余的参数 \"{argument}\"：只能给出一个数据文件"},
    {kPaperOption, "--paper: expected a4 or letter (got \"{value}\")",
     "--paper：应为 a4 或 letter，实际为 \"{value}\""},
    {kLangOption, "--lang: expected zh-CN, zh or en (got \"{value}\")",
     "--lang：应为 zh-CN、zh 或 en，实际为 \"{value}\""},
    {kOutputMissing, "{option}: expected a file name after it", "{option}：后面应跟一个文件名"},
    {kPaperMissing, "--paper: expected a4 or letter after it", "--paper：后面应跟 a4 或 letter"},
    {kLangMissing, "--lang: expected zh-CN, zh or en after it", "--lang：后面应跟 zh-CN、zh 或 en"},
    {kStdoutFailed, "cannot write to standard output ({reason})", "无法写入标准输出（{reason}）"},
    {kOutOfMemory, "out of memory", "内存不足"},
    {kInternalError, "{detail}; please report it", "{detail}；请报告这个问题"},
    {kUnknownException, "an unknown exception", "未知的异常"},
    {kHelp,
     "Usage: careerguide [DATA.yaml] [-o OUT.pdf] [--paper a4|letter] [--check] [--quiet]\n"
     "                   [--lang zh-CN|en] [--no-tags] [--dump-layout] [--version] [--help]\n"
     "       careerguide --watch [--open] [DATA.yaml] [-o OUT.pdf] [--paper a4|letter]\n"
     "       careerguide --init DIR [--guide-language zh-CN|en]\n"
     "       careerguide --doctor [DATA.yaml] [-o OUT.pdf]\n"
     "\n"
     "Turns a YAML file of career roles into a print-ready PDF guide.\n"
     "\n"
     "  DATA.yaml             The guide's data (default data/roles.yaml).\n"
     "  -o, --output OUT.pdf  Where to write the PDF (default output/<DATA name>.pdf;\n"
     "                        output/ is created if needed). Never the data file or a font.\n"
     "  --paper a4|letter     Paper size, in any case; overrides theme.paper (default a4).\n"
     "  --check               Check the data, fonts and layout as a render does; write nothing.\n"
     "  -q, --quiet           Print errors only: no warnings, no \"wrote ...\" line.\n"
     "  --lang zh-CN|en       The language of the messages (default: the locale's, from\n"
     "                        LC_ALL, LC_MESSAGES or LANG). The guide's own language\n"
     "                        field decides what the PDF says.\n"
     "  --no-tags             Write an untagged PDF: no structure for screen readers.\n"
     "  --dump-layout         Print the laid-out pages as text instead of writing a PDF.\n"
     "  --watch               Write the PDF, then again after each save of the data or\n"
     "                        its fonts, one line each; Ctrl-C stops (exit 0).\n"
     "  --open                Open the written PDF once in the desktop's viewer (xdg-open).\n"
     "  --init DIR            Write a commented starter guide (DIR/guide.yaml) and its\n"
     "                        schema (DIR/schema.json); never replaces a file.\n"
     "  --guide-language zh-CN|en  The starter's language (default zh-CN).\n"
     "  --doctor              Check the data, fonts, coverage and output folder and say\n"
     "                        how to fix each problem; exits as a render would.\n"
     "  --version             Print the version.\n"
     "  -h, --help            Print this help.\n"
     "\n"
     "Exit codes: 0 written, 1 the data is invalid, 2 the command line is wrong,\n"
     "3 something outside the data failed (a file, a font, the output), 4 internal error.\n",
     "用法：careerguide [DATA.yaml] [-o OUT.pdf] [--paper a4|letter] [--check] [--quiet]\n"
     "                  [--lang zh-CN|en] [--no-tags] [--dump-layout] [--version] [--help]\n"
     "      careerguide --watch [--open] [DATA.yaml] [-o OUT.pdf] [--paper a4|letter]\n"
     "      careerguide --init DIR [--guide-language zh-CN|en]\n"
     "      careerguide --doctor [DATA.yaml] [-o OUT.pdf]\n"
     "\n"
     "把一个列出职位的 YAML 文件转换成可直接打印的 PDF 指南。\n"
     "\n"
     "  DATA.yaml             指南的数据文件（默认 data/roles.yaml）。\n"
     "  -o, --output OUT.pdf  PDF 的保存位置（默认 output/<数据文件名>.pdf；\n"
     "                        需要时会创建 output/）。不能是数据文件或字体文件。\n"
     "  --paper a4|letter     纸张大小，大小写均可；优先于 theme.paper（默认 a4）。\n"
     "  --check               像生成时一样检查数据、字体和排版，但不写任何文件。\n"
     "  -q, --quiet           只显示错误：不显示警告，也不显示“已写入 …”这一行。\n"
     "  --lang zh-CN|en       提示信息的语言（默认跟随系统区域设置 LC_ALL、\n"
     "                        LC_MESSAGES 或 LANG）。PDF 的内容语言由数据中的\n"
     "                        language 字段决定。\n"
     "  --no-tags             写出不带标签的 PDF：没有供读屏软件使用的文档结构。\n"
     "  --dump-layout         以文字形式输出排好的页面，而不写 PDF。\n"
     "  --watch               生成 PDF，之后每次保存数据文件或其字体时重新生成，\n"
     "                        每次一行；按 Ctrl-C 停止（退出码 0）。\n"
     "  --open                用桌面的阅读器打开生成的 PDF 一次（xdg-open）。\n"
     "  --init DIR            新建一份带注释的起步指南（DIR/guide.yaml）及其\n"
     "                        schema（DIR/schema.json）；不会覆盖任何已有文件。\n"
     "  --guide-language zh-CN|en  起步指南的语言（默认 zh-CN）。\n"
     "  --doctor              检查数据、字体、字符覆盖和输出文件夹，并说明每个问题\n"
     "                        如何修复；退出码与渲染相同。\n"
     "  --version             显示版本号。\n"
     "  -h, --help            显示本帮助。\n"
     "\n"
     "退出码：0 已写入，1 数据有误，2 命令行有误，\n"
     "3 数据以外的问题（文件、字体、输出），4 程序内部错误。\n"},

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
    {kInitFileExists, "{path} already exists; --init never replaces a file: choose a new folder, or move the file away",
     "{path} 已经存在；--init 不会覆盖任何文件：请换一个新文件夹，或先把这个文件移走"},
    {kInitFolderFailed, "cannot create the folder {folder} ({reason}); choose a folder you can write to",
     "无法创建文件夹 {folder}（{reason}）；请换一个有写入权限的文件夹"},
    {kInitNotAFolder, "{folder} is not a folder; give --init the name of a folder", "{folder} 不是文件夹；--init 后面应写一个文件夹的名字"},
    {kInitWritten, "wrote {guide} and {schema}", "已写入 {guide} 和 {schema}"},
    {kInitNextSteps,
     "Next:\n"
     "  1. Open {guide} in your editor and replace the example texts and figures with your own;\n"
     "     an editor with YAML support checks each field against {schema} as you type.\n"
     "  2. careerguide {guide}            writes the PDF to output/guide.pdf\n"
     "     careerguide --check {guide}    checks the file without writing anything",
     "下一步：\n"
     "  1. 用编辑器打开 {guide}，把示例文字和数字换成你自己的内容；\n"
     "     支持 YAML 的编辑器会在输入时按 {schema} 检查每个字段。\n"
     "  2. careerguide {guide}            生成 PDF，保存为 output/guide.pdf\n"
     "     careerguide --check {guide}    只检查文件，不写任何文件"},
    {kInitMissing, "--init: expected a folder name after it", "--init：后面应跟一个文件夹名"},
    {kInitTakesNoData, "--init writes a new guide and reads no data file (got \"{argument}\")",
     "--init 会新建一份指南，不读取数据文件（多出了 \"{argument}\"）"},
    {kGuideLanguageOption, "--guide-language: expected zh-CN, zh or en (got \"{value}\")",
     "--guide-language：应为 zh-CN、zh 或 en，实际为 \"{value}\""},
    {kGuideLanguageMissing, "--guide-language: expected zh-CN, zh or en after it",
     "--guide-language：后面应跟 zh-CN、zh 或 en"},
    {kGuideLanguageWithoutInit, "--guide-language only goes with --init DIR",
     "--guide-language 只能和 --init DIR 一起使用"},
    {kDoctorDataOk, "✓ data {file}: loads (roles: {roles}, diagnostics: {count})",
     "✓ 数据 {file}：可以读取，{roles} 个职业，{count} 条诊断"},
    {kDoctorDataInvalid, "✗ data {file}: {count} diagnostics, it does not load\n  fix: correct each FILE:LINE:COLUMN above, then run --doctor again",
     "✗ 数据 {file}：{count} 条诊断，无法读取\n  修复：按上面每条 文件:行:列 改正，然后再运行 --doctor"},
    {kDoctorFaceOk, "✓ {key} font: {file} ({origin}), TrueType outlines",
     "✓ {key} 字体：{file}（{origin}），TrueType 轮廓"},
    {kDoctorFaceUnusable, "✗ {key} font: {file} ({origin}) cannot be used: {problem}\n  fix: set theme.fonts.{key} to a TrueType font file (.ttf, glyf outlines, not CFF)",
     "✗ {key} 字体：{file}（{origin}）无法使用：{problem}\n  修复：把 theme.fonts.{key} 设为 TrueType 字体文件（.ttf，glyf 轮廓，不是 CFF）"},
    {kDoctorFaceUnreadable, "the file cannot be read",
     "无法读取该文件"},
    {kDoctorFontsMissing, "✗ fonts: {problem}",
     "✗ 字体：{problem}"},
    {kDoctorOriginTheme, "from the data file's theme.fonts",
     "来自数据文件的 theme.fonts"},
    {kDoctorOriginFolder, "from the fonts/ folder",
     "来自 fonts/ 文件夹"},
    {kDoctorOriginPackage, "from the Debian package fonts-lxgw-wenkai",
     "来自 Debian 软件包 fonts-lxgw-wenkai"},
    {kDoctorOriginFontconfig, "found by fontconfig",
     "由 fontconfig 找到"},
    {kDoctorCoverageOk, "✓ coverage: the fonts draw all {count} distinct characters of the data",
     "✓ 覆盖：字体能显示数据中全部 {count} 个不同字符"},
    {kDoctorCoverageMissing, "✗ coverage: {count} characters of the data cannot be printed:",
     "✗ 覆盖：数据中有 {count} 个字符无法打印："},
    {kDoctorAndMore, "  and {count} more",
     "  另有 {count} 个"},
    {kDoctorCoverageFix, "  fix: set theme.fonts.fallback to a font that has them, or change the text",
     "  修复：把 theme.fonts.fallback 设为包含这些字符的字体，或修改文字"},
    {kDoctorOutputOk, "✓ output folder {folder}: writable",
     "✓ 输出文件夹 {folder}：可以写入"},
    {kDoctorOutputFailed, "✗ output folder {folder}: cannot write there\n  fix: choose another -o OUT.pdf, or create the folder and make it writable",
     "✗ 输出文件夹 {folder}：无法写入\n  修复：用 -o OUT.pdf 换一个位置，或创建该文件夹并使其可写"},
    {kDoctorSettings, "✓ paper {paper}, messages in {language}",
     "✓ 纸张 {paper}，消息语言 {language}"},
    {kDoctorEnglish, "English",
     "英文"},
    {kDoctorChinese, "Chinese",
     "中文"},
    {kDoctorVersions, "✓ careerguide {version}; libharu {haru}, yaml-cpp {yaml}, fmt {fmt}, HarfBuzz {harfbuzz}, libdeflate {deflate}, fontconfig {fontconfig}",
     "✓ careerguide 版本 {version}；所用的库：libharu {haru}、yaml-cpp {yaml}、fmt {fmt}、HarfBuzz {harfbuzz}、libdeflate {deflate}、fontconfig {fontconfig}"},
    {kWatchCannotStart, "cannot watch the files for changes ({reason})",
     "无法监视文件的变化（{reason}）"},
    {kWatchFolderFailed, "cannot watch folder {folder} for changes ({reason})",
     "无法监视文件夹 {folder} 的变化（{reason}）"},
    {kWatchLimitReached,
     "cannot watch folder {folder}: the system's limit of inotify watches is reached; raise it with "
     "`sudo sysctl fs.inotify.max_user_watches=524288`",
     "无法监视文件夹 {folder}：已达到系统的 inotify 监视数上限；可以用 "
     "`sudo sysctl fs.inotify.max_user_watches=524288` 提高上限"},
    {kWatchStarted, "watching {file} and its fonts: each save renders {pdf} again (Ctrl-C stops)",
     "正在监视 {file} 及其字体：每次保存都会重新生成 {pdf}（按 Ctrl-C 停止）"},
    {kWatchWrote, "[{time}] {wrote} in {ms} ms", "[{time}] {wrote}，用时 {ms} 毫秒"},
    {kWatchWroteWithProblems, "[{time}] {wrote} in {ms} ms; {problems}",
     "[{time}] {wrote}，用时 {ms} 毫秒；{problems}"},
    {kWatchFailedKept, "[{time}] not written: {problems}; {file} still holds the last good guide",
     "[{time}] 未写入：{problems}；{file} 仍是上一次成功生成的指南"},
    {kWatchFailedNothing, "[{time}] not written: {problems}", "[{time}] 未写入：{problems}"},
    {kWatchStopped, "stopped watching {file}", "已停止监视 {file}"},
    {kOptionsConflict, "{first} and {second} cannot be used together", "{first} 和 {second} 不能同时使用"},
    {kOpenWithoutPdf, "--open opens the PDF a render writes, and {mode} writes none",
     "--open 用于打开生成的 PDF，而 {mode} 不生成 PDF"},
    {kOpenNoLauncher,
     "cannot open {file}: xdg-open was not found (Debian package xdg-utils); open the file in a PDF viewer yourself",
     "无法打开 {file}：找不到 xdg-open（Debian 软件包 xdg-utils）；请自行用 PDF 阅读器打开该文件"},
    {kOpenFailed, "cannot open {file} ({reason})", "无法打开 {file}（{reason}）"},
    {kOpenLauncherFailed, "xdg-open could not open the PDF (exit status {status}); is a PDF viewer installed?",
     "xdg-open 无法打开 PDF（退出状态 {status}）；是否安装了 PDF 阅读器？"},
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
