#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace Spindle {

// A message shown in place, not in a modal dialog: errors a user can act on, hints, results.
// A technical detail, when there is one, sits behind a "Details" expander so the message
// itself stays short and readable.
class InlineMessage final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InlineMessage)

public:
    enum class Kind
    {
        Info,
        Success,
        Warning,
        Error
    };

    explicit InlineMessage(QWidget *parent = nullptr);

    void setMessage(Kind kind, const QString &text, const QString &detail = {});
    Kind kind() const { return m_kind; }
    QString text() const;
    QString detail() const;
    bool isDetailExpanded() const;
    void setDetailExpanded(bool expanded);
    // Adds a small close button; closing hides the message and emits closed().
    void setClosable(bool closable);

Q_SIGNALS:
    void closed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();
    QColor accent() const;

    Kind m_kind = Kind::Info;
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_detailToggle;
    QLabel *m_detail;
    QToolButton *m_close;
};

} // namespace Spindle
