#include "layout/style.h"

#include <cmath>

namespace careerguide::layout {

geom::Color tint_for(geom::Color accent) {
  const Palette design;
  if (accent == design.accent) return design.tint;
  constexpr double kAccentShare = 0.17;  // D5E8EA is about 17 % of 17707A on white
  const auto mix = [](std::uint8_t channel) {
    return static_cast<std::uint8_t>(std::lround(255 - kAccentShare * (255 - channel)));
  };
  return {mix(accent.r), mix(accent.g), mix(accent.b)};
}

PageFrame page_frame(model::Paper paper) {
  PageFrame frame;
  if (paper == model::Paper::kLetter) {
    frame.page = {612, 792};
    frame.cover_title_baseline = geom::mm(84);
  } else {
    frame.page = {595.28, 841.89};
    frame.cover_title_baseline = geom::mm(92);
  }
  frame.content_bottom = frame.page.height - geom::mm(22);
  frame.footer_baseline = frame.page.height - geom::mm(12);
  return frame;
}

}  // namespace careerguide::layout
