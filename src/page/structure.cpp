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

const Element* element_of(const std::vector<Group>& groups, std::size_t index) {
  const Group* inner = nullptr;
  for (const Group& group : groups) {
    if (index < group.first || index >= group.last) continue;
    if (!inner || group.last - group.first < inner->last - inner->first) inner = &group;
  }
  return inner ? inner->element.get() : nullptr;
}

}  // namespace careerguide::page
