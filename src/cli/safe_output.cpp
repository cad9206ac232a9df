#include "safe_output.hpp"

namespace mentor::cli {

SafeOutput::SafeOutput(std::ostream& stream) : stream_(stream), downstream_(stream.rdbuf(this)) {}

SafeOutput::~SafeOutput() {
    filter_.finish(buffer_);
    sync();
    stream_.rdbuf(downstream_);
}

SafeOutput::int_type SafeOutput::overflow(int_type ch) {
    if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
    char c = traits_type::to_char_type(ch);
    xsputn(&c, 1);
    return ch;
}

std::streamsize SafeOutput::xsputn(const char* text, std::streamsize size) {
    filter_.feed(std::string_view(text, static_cast<size_t>(size)), buffer_);
    // Passed on in blocks, and at once on a line's end, so that messages
    // and progress still appear when they are written.
    if (buffer_.size() >= 8192 || (size > 0 && text[size - 1] == '\n')) sync();
    return size;
}

int SafeOutput::sync() {
    if (!buffer_.empty()) {
        downstream_->sputn(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
        buffer_.clear();
    }
    return downstream_->pubsync();
}

}  // namespace mentor::cli
