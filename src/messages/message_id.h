#pragma once
// The name of every message of the program. Each has its row, in this
// order, in table.cpp (a static_assert there checks the order), with its
// English and Chinese texts; docs/messages.md says how to add one.

namespace careerguide::messages {

enum class MessageId : unsigned short {
  // Passed through unchanged: only for text that is data in both languages.
  kVerbatim,
  // Fragments that other messages compose.
  kANumber,
  kText,
  kNothing,
  kAList,
  kAMapping,
  kQuoted,
  kTrueOrFalse,
  kAListOfItems,
  kAMappingOfKeys,
  kAKeyName,
  // Reading values.
  kExpected,
  kExpectedNumberWriteAs,
  kRequiredButMissing,
  kRequiredButEmpty,
  kUnknownKeyDidYouMean,
  kUnknownKeyIgnored,
  kMergeKey,
  kTextTooLong,
  // Characters no font can print (substitute/).
  kCannotPrint,
  kOutsideBmp,
  kNoFontHasIt,
  kRegularFontLacksIt,
  kBoldFontLacksIt,
  kMoreUnprintable,
  // Warnings for likely mistakes (advice/).
  kSalaryRange,
  kSalaryFarAboveTenfold,
  kSalaryFarAbove,
  kSalaryFarBelowTenfold,
  kSalaryFarBelow,
  kNoSkills,
  kNoGettingStarted,
  kSummaryEmpty,
  kSummaryOneSentence,
  kNoteRepeatsFigure,
  kLinkNotSecure,
  kLinkNotWeb,
  kSparsePage,
  kSparsePageMoved,
  kMoreAdvice,
  kCount,  // not a message: the number of rows
};

}  // namespace careerguide::messages
