#include "mentor/core/error.hpp"

#include <algorithm>
#include <tuple>

#include "mentor/core/i18n.hpp"

namespace mentor {

std::string Location::str() const {
    std::string out = file;
    if (line > 0) {
        out += ':' + std::to_string(line);
        if (column > 0) out += ':' + std::to_string(column);
    }
    return out;
}

static std::string prefixed(const Location& where, const std::string& message) {
    std::string loc = where.str();
    return loc.empty() ? message : loc + ": " + message;
}

Error::Error(std::string message, ErrorKind kind)
    : std::runtime_error(message), message_(std::move(message)), kind_(kind) {}

Error::Error(Location where, std::string message, ErrorKind kind)
    : std::runtime_error(prefixed(where, message)),
      where_(std::move(where)),
      message_(std::move(message)),
      kind_(kind) {}

std::string Diagnostic::str() const {
    // The location keeps the compilers' "file:line:col: " form in every
    // language (editors jump to it); the word after it is the user's.
    // TRANSLATORS: {} is the problem found in a file.
    return prefixed(where, severity == Severity::Error ? trf("error: {}", message) : trf("warning: {}", message));
}

void merge_diagnostics(std::vector<Diagnostics>& lists, Diagnostics& to) {
    for (auto& list : lists)
        for (auto& d : list) to.push_back(std::move(d));
    sort_diagnostics(to);
}

void sort_diagnostics(Diagnostics& diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.where.file, a.where.line, a.where.column, a.message) <
               std::tie(b.where.file, b.where.line, b.where.column, b.message);
    });
}

bool has_errors(const Diagnostics& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

}  // namespace mentor
