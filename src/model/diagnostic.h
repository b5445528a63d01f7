#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "messages/language.h"
#include "messages/message.h"
#include "model/source_pos.h"

namespace careerguide::model {

enum class Severity { kWarning, kError };

/// One problem found in the data, reported as `FILE:LINE:COLUMN: error:
/// PATH: MESSAGE`, the message in the user's language.
struct Diagnostic {
  Diagnostic() = default;
  Diagnostic(SourcePos where, Severity kind, messages::Message text, std::string key_path = {})
      : pos(std::move(where)), severity(kind), message(std::move(text)), path(std::move(key_path)) {}

  SourcePos pos;
  Severity severity = Severity::kError;
  messages::Message message;  ///< e.g. `expected a number (got "lots")`
  std::string path;           ///< the key path, e.g. `roles[2].salary`; empty for none
};

/// Formats as editors expect: `FILE:LINE:COLUMN: error: PATH: MESSAGE`
/// (`FILE: error: …` when the position is unknown), the message in
/// `language`; `error`/`warning` and the path read the same in every language.
std::string format_diagnostic(const Diagnostic& d,
                              messages::Language language = messages::Language::kEnglish);

/// `text` safe to show on a terminal or in an IDE's problem list: C0 and C1
/// controls, DEL, U+2028/2029, the bidirectional controls (U+202A–202E,
/// U+2066–2069) and U+FEFF become `\u{…}` (hex), and bytes that are not
/// UTF-8 become `\x{…}`, so data cannot start a line, move the cursor or
/// reorder what the message says. Applied to every message by
/// format_diagnostic.
std::string escape_for_message(std::string_view text);

/// A fragment of data for a message: escape_for_message of at most `limit`
/// characters of `text` (counted before escaping), with "…" when cut.
std::string quote_fragment(std::string_view text, std::size_t limit = 40);

/// True when any diagnostic is an error.
bool has_errors(const std::vector<Diagnostic>& diagnostics);

/// Sorts by file, line and column, keeping the order of equal positions.
void sort_by_position(std::vector<Diagnostic>& diagnostics);

}  // namespace careerguide::model
