#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace Spindle {

// A failure a user can act on: `message` says what happened and what to do, `detail` keeps the
// technical cause (libburn text, errno) for the log and bug reports.
struct Error
{
    QString message;
    QString detail;
    // Set where `message` gives spindle-cli's options as advice: the advice in words that hold
    // for the GUI, which shows it instead.
    QString guiMessage = {};

    const QString &forGui() const { return guiMessage.isEmpty() ? message : guiMessage; }
};

// Minimal expected<T, Error>: one error style for the whole core.
template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace Spindle
