#include "cli/options.h"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <map>

#include "cli/exit_codes.h"
#include "cli/version.h"

namespace careerguide::cli {

std::variant<Options, EarlyExit> parse_options(int argc, const char* const* argv) {
  Options options;
  CLI::App app{"careerguide: turns a YAML file of career roles into a print-ready PDF guide.",
               "careerguide"};
  app.get_formatter()->column_width(28);
  app.add_option("DATA", options.data, "YAML data file (default: data/roles.yaml)");
  app.add_option("-o,--output", options.output,
                 "PDF to write (default: output/<DATA name>.pdf)");
  const std::map<std::string, layout::PaperSize> papers{{"a4", layout::PaperSize::kA4},
                                                        {"letter", layout::PaperSize::kLetter}};
  layout::PaperSize paper = layout::PaperSize::kA4;
  auto* paper_option = app.add_option("--paper", paper, "Paper size: a4 or letter (default: theme.paper, else a4)")
                           ->transform(CLI::CheckedTransformer(papers, CLI::ignore_case));
  app.add_flag("--check", options.check, "Validate the data and write nothing");
  app.add_flag("-q,--quiet", options.quiet, "Print errors only");
  app.add_flag("--dump-layout", options.dump_layout,
               "Print the laid-out pages as text instead of writing a PDF");
  app.set_version_flag("--version", std::string("careerguide ") + kVersion);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    return EarlyExit{app.help(), kExitOk};
  } catch (const CLI::CallForVersion&) {
    return EarlyExit{std::string("careerguide ") + kVersion + "\n", kExitOk};
  } catch (const CLI::ParseError& error) {
    return EarlyExit{std::string("careerguide: error: ") + error.what() +
                         "\nRun 'careerguide --help' for the options.\n",
                     kExitUsage};
  }
  if (paper_option->count() > 0) options.paper = paper;
  if (options.output.empty()) options.output = default_output_path(options.data);
  return options;
}

std::string default_output_path(const std::string& data_path) {
  const std::string stem = std::filesystem::path(data_path).stem().string();
  return (std::filesystem::path("output") / (stem.empty() ? "guide" : stem)).string() + ".pdf";
}

}  // namespace careerguide::cli
