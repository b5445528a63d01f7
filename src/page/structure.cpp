#include "page/structure.h"

namespace careerguide::page {

std::string_view role_name(Role role) {
  switch (role) {
    case Role::kHeading: return "H";
    case Role::kParagraph: return "P";
    case Role::kList: return "L";
    case Role::kListItem: return "LI";
    case Role::kLabel: return "Lbl";
    case Role::kListBody: return "LBody";
    case Role::kFigure: return "Figure";
    case Role::kLink: return "Link";
    case Role::kToc: return "TOC";
    case Role::kTocEntry: return "TOCI";
    case Role::kArtifact: return "Artifact";
  }
  return "?";
}

}  // namespace careerguide::page
