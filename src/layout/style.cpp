#include "layout/style.h"

namespace careerguide::layout {

PageFrame page_frame(PaperSize paper) {
  PageFrame frame;
  if (paper == PaperSize::kLetter) {
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
