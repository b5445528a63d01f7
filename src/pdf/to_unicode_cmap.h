#pragma once
// The /ToUnicode CMap for fonts drawn through libharu's "UTF-8" encoder.
// That encoder writes each BMP code point as a 2-byte code under Identity-H,
// so code = CID = code point and the right map is the identity.

#include <string>

namespace careerguide::pdf {

/// A complete ToUnicode CMap program mapping every 2-byte code to the same
/// UTF-16 code unit: one bfrange per high byte (<XX00> <XXFF> <XX00>),
/// surrogate high bytes D8–DF left out, at most 100 ranges per block as the
/// CMap format requires. The text never changes, so it compresses to the
/// same bytes in every document.
std::string identity_to_unicode_cmap();

}  // namespace careerguide::pdf
