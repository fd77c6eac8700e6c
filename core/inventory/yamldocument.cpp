// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// yaml-cpp parses (YAML 1.2 syntax, which covers what inventories use); the typing of plain
// scalars is redone here after PyYAML's YAML 1.1 resolver, since that is what Ansible applies:
// `yes` is true, `1.10` is the float 1.1, `1e3` stays a string, `0777` is 511.
#include "core/inventory/yamldocument.h"
#include "core/inventory/yamlscalar.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <yaml-cpp/anchor.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace core::inventory {

using util::ErrorCode;

namespace {

std::string markLocation(const std::string &file, const YAML::Mark &mark)
{
    if (mark.line < 0)
        return file;
    return file + ':' + std::to_string(mark.line + 1) + ':' + std::to_string(mark.column + 1);
}

/** Thrown inside the conversion, turned into an Error at the public function. */
/** Thrown inside the conversion, turned into an Error at the public function. */
struct ConvertError
{
    ErrorCode code;
    std::string what;
    YAML::Mark mark;
};

/**
 * Builds Values straight from yaml-cpp's parse events. Anchored values are kept with their size,
 * so an alias costs one lookup to check against the limits before anything is copied, and a
 * "billion laughs" document is refused at once.
 */
class ValueBuilder final : public YAML::EventHandler
{
public:
    ValueBuilder(const std::string &file, bool json, std::vector<Diagnostic> *warnings)
        : m_file(file), m_json(json), m_warnings(warnings)
    {
    }

    Value takeRoot() { return std::move(m_root); }

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const size_t start = m_count;
        count(1, mark);
        finish(at(Value::makeNull(), mark), anchor, start, mark, false);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const auto it = m_anchors.find(anchor);
        if (it == m_anchors.end())
            throw ConvertError{ErrorCode::ParseError, "unknown alias", mark};
        count(it->second.second, mark);
        finish(it->second.first, YAML::NullAnchor, 0, mark, false);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        const size_t start = m_count;
        count(1, mark);
        const bool mergeKey = !m_json && tag == "?" && value == "<<";
        finish(at(scalar(tag, value, mark), mark), anchor, start, mark, mergeKey);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(Value::makeList(), mark, anchor);
    }

    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(Value::makeMap(), mark, anchor);
    }

    void OnMapEnd() override { close(); }

private:
    struct Frame
    {
        Value value;
        YAML::anchor_t anchor = YAML::NullAnchor;
        size_t start = 0;
        YAML::Mark mark;
        bool expectKey = true;
        bool mergeNext = false;
        MapEntry key;
        YAML::Mark keyMark;
        std::vector<MapEntry> merged;
        std::vector<std::pair<MapEntry, YAML::Mark>> own;
    };

    static Value at(Value v, const YAML::Mark &mark)
    {
        v.line = mark.line + 1;
        v.column = mark.column + 1;
        return v;
    }

    void count(size_t n, const YAML::Mark &mark)
    {
        m_count += n;
        if (m_count > kMaxYamlValues)
            throw ConvertError{ErrorCode::LimitExceeded,
                               "more than " + std::to_string(kMaxYamlValues) + " values (alias expansion?)", mark};
    }

    void warn(const std::string &message, const YAML::Mark &mark)
    {
        if (m_warnings)
            m_warnings->push_back({Diagnostic::Severity::Warning, ErrorCode::InvalidValue, message,
                                   markLocation(m_file, mark)});
    }

    Value scalar(const std::string &tag, const std::string &text, const YAML::Mark &mark)
    {
        if (tag == "?")
            return m_json ? resolveJsonScalar(text) : resolveYaml11Scalar(text);
        if (tag == "!" || tag == "tag:yaml.org,2002:str")
            return Value::makeString(text);
        if (tag == "!vault" || tag == "!vault-encrypted")
            return Value::makeVault(text);
        if (tag == "!unsafe") {
            Value v = Value::makeString(text);
            v.unsafe = true;
            return v;
        }
        if (tag.rfind("tag:yaml.org,2002:", 0) == 0)
            return resolveYaml11Scalar(text);  // !!int, !!float, !!bool: as a plain scalar
        warn("unknown tag '" + tag + "', read as a string", mark);
        return Value::makeString(text);
    }

    void open(Value container, const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        count(1, mark);
        if (m_stack.size() >= static_cast<size_t>(kMaxYamlDepth))
            throw ConvertError{ErrorCode::LimitExceeded, "nested deeper than " + std::to_string(kMaxYamlDepth) + " levels",
                               mark};
        Frame f;
        f.value = at(std::move(container), mark);
        f.anchor = anchor;
        f.start = m_count - 1;
        f.mark = mark;
        m_stack.push_back(std::move(f));
    }

    void close()
    {
        Frame f = std::move(m_stack.back());
        m_stack.pop_back();
        if (f.value.isMap())
            buildMap(f);
        finish(std::move(f.value), f.anchor, f.start, f.mark, false);
    }

    /** PyYAML's flatten_mapping(): merged entries first, the map's own entries override them. */
    void buildMap(Frame &f)
    {
        std::unordered_map<std::string, size_t> position;
        auto put = [&](MapEntry &&e) {
            const auto [it, inserted] = position.emplace(e.key, f.value.entries.size());
            if (inserted)
                f.value.entries.push_back(std::move(e));
            else
                f.value.entries[it->second].value = std::move(e.value);
        };
        f.value.entries.reserve(f.merged.size() + f.own.size());
        for (MapEntry &e : f.merged)
            put(std::move(e));
        std::unordered_set<std::string> seen;
        for (auto &[entry, mark] : f.own) {
            if (!seen.insert(entry.key).second)
                warn("duplicate key '" + entry.key + "': the last value is used", mark);
            put(std::move(entry));
        }
    }

    void merge(Frame &f, const Value &v, const YAML::Mark &mark)
    {
        if (v.isMap()) {
            f.merged.insert(f.merged.end(), v.entries.begin(), v.entries.end());
        } else if (v.isList() && std::all_of(v.items.begin(), v.items.end(), [](const Value &m) { return m.isMap(); })) {
            // Earlier maps in the list win, so they are applied last.
            for (auto it = v.items.rbegin(); it != v.items.rend(); ++it)
                f.merged.insert(f.merged.end(), it->entries.begin(), it->entries.end());
        } else {
            throw ConvertError{ErrorCode::InvalidValue, "a merge key (<<) takes a mapping or a list of mappings", mark};
        }
    }

    static std::string keyText(const Value &key)
    {
        switch (key.type) {
        case Value::Type::String:
        case Value::Type::Vault: return key.text;
        case Value::Type::Int: return key.text.empty() ? std::to_string(key.integer) : key.text;
        case Value::Type::Float: return pythonFloatRepr(key.real);
        case Value::Type::Bool: return key.boolean ? "true" : "false";
        case Value::Type::Null: return "null";
        default: return toJson(key, 0);
        }
    }

    /** A complete node: remember it under its anchor, then hand it to its parent. */
    void finish(Value v, YAML::anchor_t anchor, size_t start, const YAML::Mark &mark, bool mergeKey)
    {
        if (anchor != YAML::NullAnchor)
            m_anchors[anchor] = {v, m_count - start};
        if (m_stack.empty()) {
            m_root = std::move(v);
            return;
        }
        Frame &f = m_stack.back();
        if (f.value.isList()) {
            f.value.items.push_back(std::move(v));
        } else if (f.expectKey) {
            f.key = MapEntry{keyText(v), Value{}, mark.line + 1, mark.column + 1};
            f.keyMark = mark;
            f.mergeNext = mergeKey;
            f.expectKey = false;
        } else {
            if (f.mergeNext)
                merge(f, v, mark);
            else
                f.own.push_back({MapEntry{std::move(f.key.key), std::move(v), f.key.line, f.key.column}, f.keyMark});
            f.expectKey = true;
        }
    }

    const std::string &m_file;
    bool m_json;
    std::vector<Diagnostic> *m_warnings;
    std::vector<Frame> m_stack;
    std::unordered_map<YAML::anchor_t, std::pair<Value, size_t>> m_anchors;
    size_t m_count = 0;
    Value m_root;
};

/** Notes where a further document starts, and nothing else. */
class DocumentProbe final : public YAML::EventHandler
{
public:
    YAML::Mark start;
    void OnDocumentStart(const YAML::Mark &mark) override { start = mark; }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override {}
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

bool isJson(std::string_view text)
{
    QJsonParseError error{};
    QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), static_cast<qsizetype>(text.size())), &error);
    return error.error == QJsonParseError::NoError;
}

} // namespace

bool isVaultFile(std::string_view text)
{
    return text.rfind("$ANSIBLE_VAULT;", 0) == 0;
}

util::Result<Value> parseYamlDocument(std::string_view text, const std::string &file, std::vector<Diagnostic> *warnings)
{
    // Ansible tries JSON first, so a file that is valid JSON gets JSON's number rules.
    const bool json = isJson(text);
    try {
        std::istringstream stream{std::string(text)};
        YAML::Parser parser(stream);
        ValueBuilder builder(file, json, warnings);
        parser.HandleNextDocument(builder);
        // Ansible (PyYAML's get_single_data) refuses a second document, and so does this; yaml-cpp
        // would otherwise read "[web]\nweb1" as two documents instead of failing.
        DocumentProbe probe;
        if (parser.HandleNextDocument(probe))
            return util::makeError(ErrorCode::ParseError, "expected a single document, found another",
                                   markLocation(file, probe.start));
        return builder.takeRoot();
    } catch (const ConvertError &e) {
        return util::makeError(e.code, e.what, markLocation(file, e.mark));
    } catch (const YAML::Exception &e) {
        return util::makeError(ErrorCode::ParseError, e.msg, markLocation(file, e.mark));
    } catch (const std::exception &e) {
        return util::makeError(ErrorCode::ParseError, e.what(), file);
    }
}

} // namespace core::inventory
