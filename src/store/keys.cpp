// The user's age identity file: created exclusively, mode 0600.

#include "mentor/store/keys.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "mentor/core/i18n.hpp"
#include "mentor/store/store.hpp"

namespace mentor {

namespace fs = std::filesystem;

std::vector<age::Identity> create_identity_file(const fs::path& path, const std::string& text,
                                                const std::string& source) {
    const std::string shown = path.string();
    if (path.empty()) throw Error(tr("no place for an identity: neither $XDG_CONFIG_HOME nor $HOME is set"));
    auto identities = age::parse_identity_file(text, source);
    std::error_code ec;
    if (fs::exists(path, ec) || fs::is_symlink(path, ec))
        throw Error(Location{shown}, tr("an identity exists already; it is never overwritten (the notes sealed to it "
                                        "would be lost). Move it away first if you mean to replace it"));
    fs::create_directories(path.parent_path(), ec);
    // TRANSLATORS: {} is the system's reason.
    if (ec) throw Error(Location{path.parent_path().string()}, trf("cannot create the folder: {}", ec.message()));
    ::chmod(path.parent_path().c_str(), 0700);
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) throw Error(Location{shown}, trf("cannot create the identity file: {}", std::strerror(errno)));
    size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const std::string why = std::strerror(errno);
            ::close(fd);
            ::unlink(path.c_str());
            throw Error(Location{shown}, trf("cannot write the identity file: {}", why));
        }
        done += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        ::unlink(path.c_str());
        throw Error(Location{shown}, tr("cannot write the identity file"));
    }
    return identities;
}

std::vector<age::Identity> read_identity_file(const fs::path& path) {
    std::error_code ec;
    if (path.empty() || !fs::exists(path, ec)) return {};
    const std::string shown = path.string();
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && (st.st_mode & 0077) != 0)
        throw Error(Location{shown}, trf("the identity file can be read by others; make it yours alone: chmod 600 {}", shown));

    return age::parse_identity_file(read_file(path, shown), shown);
}

}  // namespace mentor
