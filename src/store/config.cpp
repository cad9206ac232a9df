#include "mentor/store/config.hpp"

#include "mentor/core/i18n.hpp"
#include "mentor/formats/yaml.hpp"
#include "mentor/store/store.hpp"
#include "records/field_reader.hpp"

namespace mentor {

namespace fs = std::filesystem;

namespace {

// `csv: excel`, or a map of separator, bom and crlf over the default style.
std::optional<CsvStyle> csv_style(detail::FieldReader& r, const yaml::Node& v) {
    if (v.is_scalar()) {
        if (v.scalar() == "excel") return CsvStyle::excel();
        if (v.scalar() == "default") return CsvStyle{};
    } else if (v.is_map()) {
        CsvStyle style;
        bool ok = true;
        for (const auto& [key, item] : v.entries()) {
            if (key == "separator") {
                auto text = r.text(item, "csv: separator");
                if (text && text->size() == 1 && is_csv_separator((*text)[0])) {
                    style.separator = (*text)[0];
                } else if (text) {
                    ok = false;
                    r.error(item, trf("'csv: separator' must be one of , ; | or a tab, got {}", detail::describe(item)));
                }
            } else if (key == "bom" || key == "crlf") {
                auto flag = r.boolean(item, key == "bom" ? "csv: bom" : "csv: crlf");
                if (flag) (key == "bom" ? style.bom : style.crlf) = *flag;
            } else {
                r.warning(item, trf("unknown setting 'csv: {}' (known: separator, bom, crlf)", key));
            }
        }
        if (ok) return style;
        return std::nullopt;
    }
    r.error(v, trf("'csv' must be excel, default or a map of separator, bom and crlf, got {}", detail::describe(v)));
    return std::nullopt;
}

}  // namespace

fs::path user_config_dir(const char* xdg_config_home, const char* home) {
    // The XDG base directory spec: a relative $XDG_CONFIG_HOME is invalid and ignored.
    if (xdg_config_home && xdg_config_home[0] == '/') return fs::path(xdg_config_home) / "mentor";
    if (home && *home) return fs::path(home) / ".config" / "mentor";
    return {};
}

fs::path user_config_path(const char* xdg_config_home, const char* home) {
    const fs::path dir = user_config_dir(xdg_config_home, home);
    return dir.empty() ? dir : dir / "config.yaml";
}

fs::path user_identity_path(const char* xdg_config_home, const char* home) {
    const fs::path dir = user_config_dir(xdg_config_home, home);
    return dir.empty() ? dir : dir / "identity.txt";
}

UserConfig read_user_config(const fs::path& path, const char* home) {
    UserConfig config;
    std::error_code ec;
    if (path.empty() || !fs::exists(path, ec)) return config;
    config.path = path;
    const std::string shown = path.string();
    const yaml::Node doc = yaml::parse(read_record_file(path, shown), shown);
    Diagnostics diagnostics;
    detail::FieldReader r(shown, diagnostics);
    if (!doc.is_null() && r.expect_map(doc, tr("the user configuration"))) {
        for (const auto& [key, v] : doc.entries()) {
            if (key == "dir") {
                auto text = r.text(v, "dir");
                if (!text) continue;
                if (text->rfind("~/", 0) == 0 && home && *home)
                    config.dir = fs::path(home) / text->substr(2);
                else if (!text->empty() && (*text)[0] == '/')
                    config.dir = fs::path(*text);
                else
                    r.error(v, trf("'dir' must be an absolute path or start with ~/, got {}", detail::describe(v)));
            } else if (key == "editor") {
                config.editor = r.text(v, "editor");
            } else if (key == "color") {
                auto text = r.text(v, "color");
                if (text && *text != "auto" && *text != "always" && *text != "never")
                    r.error(v, trf("'color' must be auto, always or never, got {}", detail::describe(v)));
                else
                    config.color = text;
            } else if (key == "autocommit") {
                config.autocommit = r.boolean(v, "autocommit");
            } else if (key == "csv") {
                config.csv = csv_style(r, v);
            } else {
                // TRANSLATORS: {0} is a key of config.yaml, {1} the keys it may hold (as typed).
                r.warning(v, trf("unknown setting '{0}' (known: {1})", key, "dir, editor, color, autocommit, csv"));

            }
        }
    }
    sort_diagnostics(diagnostics);
    for (auto& d : diagnostics) {
        if (d.severity == Severity::Error) throw Error(d.where, d.message);
        config.warnings.push_back(std::move(d));
    }
    return config;
}

}  // namespace mentor
