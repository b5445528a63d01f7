#include "cli/exit_codes.h"

#include <new>
#include <ostream>

namespace careerguide::cli {

int report_unexpected_failure(std::exception_ptr failure, std::ostream& err) {
  try {
    std::rethrow_exception(failure);
  } catch (const std::bad_alloc&) {
    err << "careerguide: error: out of memory\n";
    return kExitEnvironment;
  } catch (const std::exception& error) {
    err << "careerguide: internal error: " << error.what() << "; please report it\n";
    return kExitInternal;
  } catch (...) {
    err << "careerguide: internal error: an unknown exception; please report it\n";
    return kExitInternal;
  }
}

}  // namespace careerguide::cli
