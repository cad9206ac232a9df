#pragma once
/// Errors and diagnostics shared by the whole library.
///
/// The library never prints or exits: code that fails on input throws
/// mentor::Error (one problem) or returns Diagnostics (many problems, e.g. a
/// whole directory load). The CLI alone turns them into messages and exit codes.

#include <stdexcept>
#include <string>
#include <vector>

namespace mentor {

/// Where a problem is: a file relative to the records directory (or as the
/// user named it), and a 1-based line and column when the parser knows them.
struct Location {
    std::string file;
    int line = 0;    ///< 0 when unknown
    int column = 0;  ///< 0 when unknown

    /// "people/x.yaml:7:3", "people/x.yaml:7", "people/x.yaml" or "".
    std::string str() const;
};

/// What kind of failure: exit code 1 (data/operation) or 2 (command line).
enum class ErrorKind { Data = 1, Usage = 2 };

/// The one exception type of the library. what() is the full message,
/// "file:line:col: message" when a location is known.
class Error : public std::runtime_error {
public:
    explicit Error(std::string message, ErrorKind kind = ErrorKind::Data);
    Error(Location where, std::string message, ErrorKind kind = ErrorKind::Data);

    const Location& where() const { return where_; }
    /// The message without the location prefix.
    const std::string& message() const { return message_; }
    ErrorKind kind() const { return kind_; }

private:
    Location where_;
    std::string message_;
    ErrorKind kind_;
};

/// Shorthand for a command-line error (exit code 2).
inline Error usage_error(std::string message) { return Error(std::move(message), ErrorKind::Usage); }

enum class Severity { Error, Warning };

/// One problem found while loading or validating; many are collected at once.
struct Diagnostic {
    Location where;
    Severity severity = Severity::Error;
    std::string message;

    /// "path:line:col: error: message"
    std::string str() const;
};

/// Diagnostics in a stable order (file, line, column, message).
using Diagnostics = std::vector<Diagnostic>;

void sort_diagnostics(Diagnostics& diagnostics);
/// Moves every list of `lists` (one per task of a parallel load) into `to`, then sorts it.
void merge_diagnostics(std::vector<Diagnostics>& lists, Diagnostics& to);
bool has_errors(const Diagnostics& diagnostics);

}  // namespace mentor
