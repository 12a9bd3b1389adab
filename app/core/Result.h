#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace hocbaso {

// Why an operation did not happen. The CLI maps kinds to exit codes; the GUI shows `message`,
// which is already a sentence in the user's language.
enum class ErrorKind
{
    Refused,
    Invalid,
    NotFound,
    Conflict,
    Storage,
    Usage,
    Internal
};

// What a caller may act on beyond the kind, for the few refusals that call for a different answer.
// It travels with the error, so nobody has to recognise a refusal by its (translated) sentence.
enum class ErrorReason
{
    None,
    // A wrong username or password: worth typing again, so the sign-in window says what to check.
    WrongCredentials
};

struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString message;
    ErrorReason reason = ErrorReason::None;

    static Error refused(QString m) { return {ErrorKind::Refused, std::move(m)}; }
    static Error invalid(QString m) { return {ErrorKind::Invalid, std::move(m)}; }
    static Error notFound(QString m) { return {ErrorKind::NotFound, std::move(m)}; }
    static Error conflict(QString m) { return {ErrorKind::Conflict, std::move(m)}; }
    static Error storage(QString m) { return {ErrorKind::Storage, std::move(m)}; }
    static Error internal(QString m) { return {ErrorKind::Internal, std::move(m)}; }
};

// A value or the reason there is none. Qt event handlers must not see exceptions, so every layer
// returns this instead of throwing. [[nodiscard]]: a failure that nobody looks at is a failure lost.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    T value_or(T fallback) const& { return m_value ? *m_value : std::move(fallback); }
    const T& operator*() const { return *m_value; }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const Error& error() const { return m_error; }
    QString errorString() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_ok(false), m_error(std::move(error)) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }
    QString errorString() const { return m_error.message; }

private:
    bool m_ok = true;
    Error m_error;
};

using Status = Result<void>;

// For a clean-up whose failure cannot change the outcome (in a destructor, or on a path that is
// already returning the first error): the failure goes to the log instead of being dropped.
inline void logIfFailed(const Status& s, const char* what)
{
    if (!s)
        qWarning("hocbaso: %s failed: %s", what, qPrintable(s.errorString()));
}

} // namespace hocbaso
