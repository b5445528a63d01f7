#include "cli/options.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "cli/exit_codes.h"
#include "cli/version.h"
#include "load/suggest.h"
#include "messages/message.h"
#include "messages/table.h"

namespace careerguide::cli {
namespace {

// The parser is our own rather than a library's so that every message reads
// like the rest of the program's (`--paper: expected a4 or letter (got
// "A5")`) and --help reads like the README's table.

constexpr std::array<std::string_view, 16> kOptionNames = {
    "--output", "--paper",   "--lang", "--check", "--quiet", "--no-tags",        "--dump-layout",
    "--version", "--help",   "--init", "--doctor", "--guide-language", "--watch", "--open", "-o",  "-q"};

using messages::message;
using messages::MessageId;

EarlyExit usage_error(const messages::Message& problem, messages::Language language) {
  return EarlyExit{fmt::format("careerguide: error: {}\n{}\n", messages::render(problem, language),
                               messages::render(message(MessageId::kUsageHint), language)),
                   kExitUsage};
}

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::optional<model::Paper> parse_paper(std::string_view value) {
  const std::string name = lower(value);
  if (name == "a4") return model::Paper::kA4;
  if (name == "letter") return model::Paper::kLetter;
  return std::nullopt;
}

/// Why `value` cannot be the output path, or nullopt when it can.
std::optional<messages::Message> output_problem(const std::string& value) {
  if (value.empty()) return message(MessageId::kOutputEmpty);
  if (value == "-") return message(MessageId::kOutputStdout);
  if (value.back() == '/') return message(MessageId::kOutputFolder, {{"value", value}});
  return std::nullopt;
}

/// The language of the last valid --lang before "--", so that every message
/// of the parse, even one about an earlier argument, is in that language.
std::optional<messages::Language> language_asked(const std::vector<std::string>& args) {
  std::optional<messages::Language> asked;
  for (std::size_t i = 0; i < args.size() && args[i] != "--"; ++i) {
    std::optional<std::string> value;
    if (args[i].starts_with("--lang=")) value = args[i].substr(7);
    if (args[i] == "--lang" && i + 1 < args.size()) value = args[++i];
    if (const auto language = value ? messages::parse_language(*value) : std::nullopt)
      asked = language;
  }
  return asked;
}

messages::Message unknown_option(std::string_view arg) {
  const std::string_view name = arg.substr(0, arg.find('='));
  if (const auto near = load::closest_key(name, kOptionNames))
    return message(MessageId::kUnknownOptionDidYouMean, {{"option", name}, {"suggestion", *near}});
  return message(MessageId::kUnknownOption, {{"option", name}});
}

/// Walks argv, one argument at a time; values may follow as the next
/// argument or after "=" (`--paper=letter`, `-oguide.pdf`).
class Parser {
 public:
  Parser(int argc, const char* const* argv, messages::Language locale_language)
      : args_(argv + 1, argv + std::max(argc, 1)) {
    options_.language = language_asked(args_).value_or(locale_language);
  }

  std::variant<Options, EarlyExit> parse() {
    bool data_given = false;
    bool options_ended = false;
    while (next_ < args_.size()) {
      const std::string arg = args_[next_++];
      if (options_ended || arg == "-" || !arg.starts_with("-")) {
        if (data_given)
          return usage_error(message(MessageId::kUnexpectedArgument, {{"argument", arg}}));
        options_.data = arg;
        data_given = true;
        continue;
      }
      if (arg == "--") {
        options_ended = true;
        continue;
      }
      if (auto early = option(arg)) return *early;
    }
    if (auto early = conflict()) return *early;
    if (auto early = init_problem(data_given)) return *early;
    if (options_.output.empty()) options_.output = default_output_path(options_.data);
    return options_;
  }

 private:
  /// Handles one option; an EarlyExit ends the parse.
  std::optional<EarlyExit> option(const std::string& arg) {
    if (arg == "-h" || arg == "--help")
      return EarlyExit{std::string(messages::text_of(MessageId::kHelp, options_.language)), kExitOk};
    if (arg == "--version") return EarlyExit{fmt::format("careerguide {}\n", kVersion), kExitOk};
    if (arg == "--check") return mode(arg, options_.check);
    if (arg == "-q" || arg == "--quiet") return flag(options_.quiet);
    if (arg == "--dump-layout") return mode(arg, options_.dump_layout);
    if (arg == "--no-tags") return flag(options_.no_tags);
    if (arg == "--doctor") return mode(arg, options_.doctor);
    if (arg == "--watch") return mode(arg, options_.watch);
    if (arg == "--open") return flag(options_.open);
    if (const auto value = value_of(arg, "-o", "--output")) return output(*value);
    if (const auto value = value_of(arg, "", "--paper")) return paper(*value);
    if (const auto value = value_of(arg, "", "--lang")) return language(*value);
    if (const auto value = value_of(arg, "", "--init")) {
      modes_.emplace_back("--init");
      return init(*value);
    }
    if (const auto value = value_of(arg, "", "--guide-language")) return guide_language(*value);
    if (auto missing = missing_value(arg)) return missing;
    return usage_error(unknown_option(arg));
  }

  EarlyExit usage_error(const messages::Message& problem) const {
    return cli::usage_error(problem, options_.language);
  }

  static std::optional<EarlyExit> flag(bool& target) {
    target = true;
    return std::nullopt;
  }

  /// An option that says what the run does instead of writing the PDF once.
  std::optional<EarlyExit> mode(const std::string& name, bool& target) {
    modes_.push_back(name);
    return flag(target);
  }

  /// Two of --init, --doctor, --check, --dump-layout and --watch ask for two
  /// different runs; --open needs a PDF to open.
  std::optional<EarlyExit> conflict() const {
    std::vector<std::string> distinct;
    for (const std::string& name : modes_)
      if (std::find(distinct.begin(), distinct.end(), name) == distinct.end()) distinct.push_back(name);
    if (distinct.size() >= 2)
      return usage_error(message(MessageId::kOptionsConflict, {{"first", distinct[0]}, {"second", distinct[1]}}));
    if (options_.open && !distinct.empty() && distinct[0] != "--watch")
      return usage_error(message(MessageId::kOpenWithoutPdf, {{"mode", distinct[0]}}));
    return std::nullopt;
  }

  std::optional<EarlyExit> output(const std::string& value) {
    if (const auto problem = output_problem(value)) return usage_error(*problem);
    options_.output = value;
    return std::nullopt;
  }

  std::optional<EarlyExit> paper(const std::string& value) {
    const auto size = parse_paper(value);
    if (!size) return usage_error(message(MessageId::kPaperOption, {{"value", value}}));
    options_.paper = size;
    return std::nullopt;
  }

  std::optional<EarlyExit> init(const std::string& value) {
    if (value.empty()) return usage_error(message(MessageId::kInitMissing));
    if (!options_.init) options_.init.emplace();
    options_.init->folder = value;
    return std::nullopt;
  }

  std::optional<EarlyExit> guide_language(const std::string& value) {
    const auto language = messages::parse_language(value);
    if (!language) return usage_error(message(MessageId::kGuideLanguageOption, {{"value", value}}));
    guide_language_ = language;
    return std::nullopt;
  }

  /// --guide-language needs --init; --init reads no data file.
  std::optional<EarlyExit> init_problem(bool data_given) {
    if (guide_language_ && !options_.init) return usage_error(message(MessageId::kGuideLanguageWithoutInit));
    if (!options_.init) return std::nullopt;
    if (data_given) return usage_error(message(MessageId::kInitTakesNoData, {{"argument", options_.data}}));
    if (guide_language_) options_.init->guide_language = *guide_language_;
    return std::nullopt;
  }

  std::optional<EarlyExit> language(const std::string& value) {
    if (!messages::parse_language(value))
      return usage_error(message(MessageId::kLangOption, {{"value", value}}));
    return std::nullopt;  // already applied by language_asked
  }

  /// The value of option `short_name`/`long_name` when `arg` is it and a
  /// value follows; nullopt when `arg` is another option or lacks its value.
  std::optional<std::string> value_of(const std::string& arg, std::string_view short_name,
                                      std::string_view long_name) {
    if (arg.starts_with(std::string(long_name) + "=")) return arg.substr(long_name.size() + 1);
    if (!short_name.empty() && arg.starts_with(short_name) && arg.size() > short_name.size() &&
        arg != long_name && !arg.starts_with("--"))
      return arg.substr(short_name.size());
    if (arg != long_name && arg != short_name) return std::nullopt;
    if (next_ >= args_.size()) return std::nullopt;
    return args_[next_++];
  }

  /// The message for a value option given last, without its value.
  std::optional<EarlyExit> missing_value(const std::string& arg) const {
    if (arg == "-o" || arg == "--output")
      return usage_error(message(MessageId::kOutputMissing, {{"option", arg}}));
    if (arg == "--paper") return usage_error(message(MessageId::kPaperMissing));
    if (arg == "--lang") return usage_error(message(MessageId::kLangMissing));
    if (arg == "--init") return usage_error(message(MessageId::kInitMissing));
    if (arg == "--guide-language") return usage_error(message(MessageId::kGuideLanguageMissing));
    return std::nullopt;
  }

  std::vector<std::string> args_;
  std::size_t next_ = 0;
  Options options_;
  std::optional<messages::Language> guide_language_;  ///< applied to --init once parsed
  std::vector<std::string> modes_;  ///< --init, --doctor, --check, --dump-layout, --watch, as given
};

}  // namespace

std::variant<Options, EarlyExit> parse_options(int argc, const char* const* argv,
                                               messages::Language locale_language) {
  return Parser(argc, argv, locale_language).parse();
}

std::string default_output_path(const std::string& data_path) {
  const std::string stem = std::filesystem::path(data_path).stem().string();
  return (std::filesystem::path("output") / (stem.empty() ? "guide" : stem)).string() + ".pdf";
}

}  // namespace careerguide::cli
