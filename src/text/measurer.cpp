#include "text/measurer.h"

#include "text/utf8.h"

namespace careerguide::text {

double Measurer::width(std::string_view utf8, FontFace face, double size) const {
  double total = 0;
  for_each_code_point(utf8, [&](char32_t cp) { total += advance(cp, face, size); });
  return total;
}

}  // namespace careerguide::text
