#pragma once

#include <optional>
#include <string>
#include <variant>

#include "layout/style.h"
#include "messages/language.h"

namespace careerguide::cli {

/// `--init DIR [--guide-language zh|en]`: write a starter guide instead of rendering.
struct InitRequest {
  std::string folder;
  messages::Language guide_language = messages::Language::kChinese;
};

/// What the command line asked for.
struct Options {
  std::string data = "data/roles.yaml";
  std::string output;                      ///< empty: output/<data stem>.pdf
  std::optional<model::Paper> paper;  ///< overrides theme.paper
  bool check = false;                      ///< validate only, write nothing
  bool quiet = false;                      ///< no warnings, no success line
  bool dump_layout = false;                ///< print the laid-out pages as text
  bool no_tags = false;                    ///< an untagged PDF: no structure tree
  bool progress = false;                   ///< stderr is a terminal: show the progress line
  std::optional<InitRequest> init;         ///< --init: write a starter guide, render nothing
  bool doctor = false;                     ///< --doctor: check the set-up, render nothing
  bool watch = false;                      ///< --watch: render again after each change, until Ctrl-C
  bool open = false;                       ///< --open: show the PDF in the desktop's viewer once
  messages::Language language = messages::Language::kEnglish;  ///< of messages: --lang, else the locale
};

/// Text to print and the exit code, when parsing ends the run (--help,
/// --version, or a usage error).
struct EarlyExit {
  std::string message;
  int code = 0;
};

/// Parses argv. Usage errors give exit code 2 with a message naming the
/// problem. Messages are in `--lang`'s language, else in `locale_language`
/// (messages::language_from_environment() in main).
std::variant<Options, EarlyExit> parse_options(
    int argc, const char* const* argv,
    messages::Language locale_language = messages::Language::kEnglish);

/// output/<stem of data>.pdf
std::string default_output_path(const std::string& data_path);

}  // namespace careerguide::cli
