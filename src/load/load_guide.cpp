#include "load/load_guide.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <system_error>

#include <fmt/format.h>

#include "load/line_checks.h"
#include "load/read_parts.h"
#include "load/reader.h"
#include "load/source_text.h"
#include "load/yaml_tree.h"

namespace careerguide::load {
namespace {

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};

/// At most kMaxFileBytes + 1 bytes of `file`: enough to tell that a larger
/// file is too large without reading all of it (or all of /dev/zero).
std::string read_capped(const std::filesystem::path& file) {
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec)) {
    throw InputError(messages::message(messages::MessageId::kDataIsFolder, {{"file", file.string()}}));
  }
  const std::unique_ptr<std::FILE, FileCloser> stream(std::fopen(file.c_str(), "rb"));
  if (!stream) {
    throw InputError(messages::message(messages::MessageId::kCannotRead,
                                       {{"file", file.string()}, {"reason", std::strerror(errno)}}));
  }
  std::string bytes;
  char buffer[1 << 16];
  while (bytes.size() <= kMaxFileBytes) {
    const std::size_t got = std::fread(buffer, 1, sizeof buffer, stream.get());
    bytes.append(buffer, got);
    if (got < sizeof buffer) break;
  }
  if (std::ferror(stream.get())) {
    throw InputError(messages::message(messages::MessageId::kCannotRead,
                                       {{"file", file.string()}, {"reason", std::strerror(errno)}}));
  }
  return bytes;
}

/// Keeps the first kMaxDiagnostics problems (by position) and replaces the
/// rest by one message with their count, an error if any of them was.
void cap_diagnostics(std::vector<model::Diagnostic>& diagnostics, const std::string& file) {
  if (diagnostics.size() <= kMaxDiagnostics) return;
  const std::vector<model::Diagnostic> rest(diagnostics.begin() + kMaxDiagnostics,
                                            diagnostics.end());
  diagnostics.resize(kMaxDiagnostics);
  const auto severity =
      model::has_errors(rest) ? model::Severity::kError : model::Severity::kWarning;
  diagnostics.push_back({{file, 0, 0}, severity,
                         messages::message(messages::MessageId::kMoreProblems,
                                           {{"count", rest.size()}, {"limit", kMaxDiagnostics}})});
}

/// Parses and reads `source`; the guide when no error was found.
std::optional<model::Guide> parse_and_read(const SourceText& source,
                                           const std::filesystem::path& base_dir,
                                           std::vector<model::Diagnostic>& diagnostics) {
  const std::optional<Tree> tree = parse_yaml(source, diagnostics);
  if (!tree) return std::nullopt;
  Reader reader(*tree, diagnostics);
  model::Guide guide = read_guide(reader, 0, base_dir);
  guide.source_file = source.file();
  if (model::has_errors(diagnostics)) return std::nullopt;
  return guide;
}

/// Reports the line-level `slips`, then checks the text again with them
/// repaired in memory so that the rest of the file's problems show in the
/// same run, at the columns of the text as written.
void report_and_recheck(const SourceText& source, const std::vector<LineFinding>& slips,
                        const std::filesystem::path& base_dir,
                        std::vector<model::Diagnostic>& diagnostics) {
  std::vector<ColumnShift> shifts;
  for (const LineFinding& slip : slips) {
    const Location where = source.location(slip.offset);
    if (slip.message) {
      diagnostics.push_back({source.at(where), model::Severity::kError, *slip.message});
    }
    if (slip.replacement.find('\n') != std::string::npos) continue;  // a line end: no shift
    const auto characters = [](std::string_view s) {
      return static_cast<int>(std::count_if(s.begin(), s.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
      }));
    };
    shifts.push_back({where.line, where.column,
                      characters(source.text().substr(slip.offset, slip.length)),
                      characters(slip.replacement)});
  }
  // A guessed repair could make up problems that are not in the file.
  const bool sure = std::all_of(slips.begin(), slips.end(),
                                [](const LineFinding& slip) { return slip.sure; });
  if (!sure) return;
  const SourceText repaired(repair_lines(source.text(), slips), source.file());
  std::vector<model::Diagnostic> more;
  parse_and_read(repaired, base_dir, more);
  for (model::Diagnostic& d : more) {
    if (d.pos.line > 0) d.pos.column = original_column(d.pos.line, d.pos.column, shifts);
    diagnostics.push_back(std::move(d));
  }
}

}  // namespace

LoadResult load_guide(const std::filesystem::path& file) {
  return load_guide_from_string(read_capped(file), file.string(), file.parent_path());
}

LoadResult load_guide_from_string(std::string_view yaml, const std::string& display_name,
                                  const std::filesystem::path& base_dir) {
  LoadResult result;
  const SourceText source(yaml, display_name);
  if (auto problem = source.check_encoding()) {
    result.diagnostics.push_back(std::move(*problem));
    return result;
  }
  const std::vector<LineFinding> slips = check_lines(source.text());
  if (slips.empty()) {
    result.guide = parse_and_read(source, base_dir, result.diagnostics);
  } else {
    report_and_recheck(source, slips, base_dir, result.diagnostics);
  }
  model::sort_by_position(result.diagnostics);
  cap_diagnostics(result.diagnostics, display_name);
  return result;
}

}  // namespace careerguide::load
