#pragma once
// How wide a gap between glyphs may be before a text extractor copies it as
// a space, and the limits that keep copied text equal to the data. Every
// value is in em (a fraction of the font size). One place for these facts:
// paragraph setting (text/), tracking (layout/) and /ActualText marking
// (pdf/) all read them here.
//
// Measured with poppler 22.12 and mupdf 1.21. The limits are written out
// rather than computed (0.1 - 0.01 is not the double 0.09), and the
// static_asserts keep each one under the threshold it stays clear of.

namespace careerguide::text {

/// pdftotext -raw and mupdf read a gap of this much or more between glyphs
/// as a word space.
inline constexpr double kExtractorSpaceGap = 0.15;

/// pdftotext in its default mode starts a new word at a gap over this (and
/// then reads any gap of 0.03 em or more between words as a space).
inline constexpr double kPdftotextWordGap = 0.1;

/// Character spacing above this makes the PDF writer mark the run with
/// /ActualText, because pdftotext's default mode would split it into words.
inline constexpr double kActualTextSpacing = kPdftotextWordGap;

/// The widest gap between characters that have no space between them in the
/// text, wherever the line can be filled otherwise: the natural gap between
/// an ideograph and Latin text, and the most justification stretches such a
/// gap. A hundredth of an em under pdftotext's word split, since these gaps
/// sit at the edges of runs where no /ActualText covers them.
inline constexpr double kMaxJoinedGap = 0.09;
static_assert(kMaxJoinedGap < kPdftotextWordGap);

/// The widest gap justification spreads inside one run of single characters
/// when nothing else can fill the line. Such a run is marked with
/// /ActualText (it is spaced over kActualTextSpacing), so only the -raw and
/// mupdf threshold matters: a hundredth of an em under it.
inline constexpr double kMaxSpreadGap = 0.14;
static_assert(kMaxSpreadGap < kExtractorSpaceGap);

/// The widest tracking (extra space after every character) of a label. A
/// tracked run is marked with /ActualText, so, as for kMaxSpreadGap, it stays
/// just under the -raw and mupdf threshold: exact copied text wins over the
/// design's wider tracking.
inline constexpr double kMaxTracking = 0.14;
static_assert(kMaxTracking < kExtractorSpaceGap);

/// The widest a justified word space grows. pdftotext and mupdf read a much
/// wider gap as a column or line break, so beyond it a line ends short of
/// the measure.
inline constexpr double kMaxWordSpace = 0.6;

}  // namespace careerguide::text
