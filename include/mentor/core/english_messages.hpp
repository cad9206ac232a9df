#pragma once
/// For the length of a scope, every message is its English source, whatever
/// the user's language: for the messages a machine format carries (the
/// problems of `mentor validate --format json`), which are the same bytes in
/// every locale. Construct it before the work that makes the messages (the
/// load and the checks), not only around the printing: a message is
/// translated when it is made.
///
/// It changes the process's LC_MESSAGES: make it on the main thread, before
/// any worker starts, and let it end before messages for the user are made.

#include <string>

namespace mentor {

class EnglishMessages {
public:
    EnglishMessages();
    ~EnglishMessages();
    EnglishMessages(const EnglishMessages&) = delete;
    EnglishMessages& operator=(const EnglishMessages&) = delete;

private:
    std::string previous_;  ///< the LC_MESSAGES locale to return to
};

}  // namespace mentor
