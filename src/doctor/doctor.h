#pragma once
// `careerguide --doctor [DATA]`: checks everything a render needs (the data,
// each face's font, its coverage of the data, the output folder) and says
// how to fix each failure, then the settings and versions in effect.

#include <iosfwd>
#include <optional>
#include <string>

#include "messages/language.h"
#include "model/guide.h"

namespace careerguide::doctor {

/// What the command line asked for, as far as the checks need it.
struct DoctorRequest {
  std::string data;                    ///< the data file
  std::string output;                  ///< the PDF a render would write (never touched)
  std::optional<model::Paper> paper;   ///< --paper, over theme.paper
  messages::Language language = messages::Language::kEnglish;
  std::string program_version;
};

/// Prints one line per check on `out` ("✓ " or "✗ ", each failure followed
/// by its fix) and returns the exit code a render of the same data would
/// give: 0, 1 (invalid data) or 3 (fonts, output folder).
int run_doctor(const DoctorRequest& request, std::ostream& out);

}  // namespace careerguide::doctor
