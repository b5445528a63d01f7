#include "qpdf_check.h"

#include <exception>

#include <qpdf/Pl_Discard.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

namespace careerguide::fuzz {
namespace {

/// Content-stream tokens are only parsed; a syntax error throws QPDFExc.
class DiscardContents final : public QPDFObjectHandle::ParserCallbacks {
 public:
  void handleObject(QPDFObjectHandle) override {}
  void handleEOF() override {}
};

}  // namespace

std::string qpdf_problem(const std::vector<std::uint8_t>& pdf_bytes, std::size_t expected_pages) {
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.setAttemptRecovery(false);
    pdf.processMemoryFile("fuzz.pdf", reinterpret_cast<const char*>(pdf_bytes.data()),
                          pdf_bytes.size());
    // As qpdf --check: writing to nowhere with every stream decoded visits
    // every object.
    QPDFWriter writer(pdf);
    Pl_Discard discard;
    writer.setOutputPipeline(&discard);
    writer.setDecodeLevel(qpdf_dl_all);
    writer.write();
    std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
    if (pages.size() != expected_pages)
      return "qpdf counts " + std::to_string(pages.size()) + " pages, layout made " +
             std::to_string(expected_pages);
    DiscardContents contents;
    for (QPDFPageObjectHelper& page : pages) page.parseContents(&contents);
    const std::vector<QPDFExc> warnings = pdf.getWarnings();
    if (!warnings.empty()) return std::string("qpdf warning: ") + warnings.front().what();
  } catch (const std::exception& error) {
    return std::string("qpdf error: ") + error.what();
  }
  return {};
}

}  // namespace careerguide::fuzz
