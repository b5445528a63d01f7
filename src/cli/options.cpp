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

namespace careerguide::cli {
namespace {

// The parser is our own rather than a library's so that every message reads
// like the rest of the program's (`--paper: expected a4 or letter (got
// "A5")`) and --help reads like the README's table.

constexpr std::string_view kHelp =
    "Usage: careerguide [DATA.yaml] [-o OUT.pdf] [--paper a4|letter] [--check] [--quiet]\n"
    "                   [--dump-layout] [--version] [--help]\n"
    "\n"
    "Turns a YAML file of career roles into a print-ready PDF guide.\n"
    "\n"
    "  DATA.yaml             The guide's data (default data/roles.yaml).\n"
    "  -o, --output OUT.pdf  Where to write the PDF (default output/<DATA name>.pdf;\n"
    "                        output/ is created if needed). Never the data file or a font.\n"
    "  --paper a4|letter     Paper size, in any case; overrides theme.paper (default a4).\n"
    "  --check               Check the data, fonts and layout as a render does; write nothing.\n"
    "  -q, --quiet           Print errors only: no warnings, no \"wrote ...\" line.\n"
    "  --dump-layout         Print the laid-out pages as text instead of writing a PDF.\n"
    "  --version             Print the version.\n"
    "  -h, --help            Print this help.\n"
    "\n"
    "Exit codes: 0 written, 1 the data is invalid, 2 the command line is wrong,\n"
    "3 something outside the data failed (a file, a font, the output), 4 internal error.\n";

constexpr std::array<std::string_view, 10> kOptionNames = {
    "--output", "--paper", "--lang", "--check", "--quiet", "--dump-layout", "--version", "--help", "-o", "-q"};

EarlyExit usage_error(const std::string& message) {
  return EarlyExit{fmt::format("careerguide: error: {}\nRun 'careerguide --help' for the options.\n",
                               message),
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
std::optional<std::string> output_problem(const std::string& value) {
  if (value.empty()) return "-o: expected a file name (got \"\")";
  if (value == "-")
    return "-o: the PDF cannot be written to standard output (got \"-\"); give a file name";
  if (value.back() == '/')
    return fmt::format("-o: expected a file name, not a folder (got \"{}\"); for example -o {}guide.pdf",
                       value, value);
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

std::string unknown_option(std::string_view arg) {
  const std::string_view name = arg.substr(0, arg.find('='));
  if (const auto near = load::closest_key(name, kOptionNames))
    return fmt::format("unknown option \"{}\" (did you mean \"{}\"?)", name, *near);
  return fmt::format("unknown option \"{}\"", name);
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
          return usage_error(fmt::format("unexpected argument \"{}\": give one data file", arg));
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
    if (options_.output.empty()) options_.output = default_output_path(options_.data);
    return options_;
  }

 private:
  /// Handles one option; an EarlyExit ends the parse.
  std::optional<EarlyExit> option(const std::string& arg) {
    if (arg == "-h" || arg == "--help") return EarlyExit{std::string(kHelp), kExitOk};
    if (arg == "--version") return EarlyExit{fmt::format("careerguide {}\n", kVersion), kExitOk};
    if (arg == "--check") return flag(options_.check);
    if (arg == "-q" || arg == "--quiet") return flag(options_.quiet);
    if (arg == "--dump-layout") return flag(options_.dump_layout);
    if (const auto value = value_of(arg, "-o", "--output")) return output(*value);
    if (const auto value = value_of(arg, "", "--paper")) return paper(*value);
    if (const auto value = value_of(arg, "", "--lang")) return language(*value);
    if (auto missing = missing_value(arg)) return missing;
    return usage_error(unknown_option(arg));
  }

  static std::optional<EarlyExit> flag(bool& target) {
    target = true;
    return std::nullopt;
  }

  std::optional<EarlyExit> output(const std::string& value) {
    if (const auto problem = output_problem(value)) return usage_error(*problem);
    options_.output = value;
    return std::nullopt;
  }

  std::optional<EarlyExit> paper(const std::string& value) {
    const auto size = parse_paper(value);
    if (!size) return usage_error(fmt::format("--paper: expected a4 or letter (got \"{}\")", value));
    options_.paper = size;
    return std::nullopt;
  }

  std::optional<EarlyExit> language(const std::string& value) {
    if (!messages::parse_language(value))
      return usage_error(fmt::format("--lang: expected zh-CN, zh or en (got \"{}\")", value));
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
    if (arg == "-o" || arg == "--output") return usage_error(arg + ": expected a file name after it");
    if (arg == "--paper") return usage_error("--paper: expected a4 or letter after it");
    if (arg == "--lang") return usage_error("--lang: expected zh-CN, zh or en after it");
    return std::nullopt;
  }

  std::vector<std::string> args_;
  std::size_t next_ = 0;
  Options options_;
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
