#include "startpage.h"

#include "icons.h"
#include "taskbutton.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Spindle {

namespace {
constexpr int Columns = 2;
constexpr int CardWidth = 380;
} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent), m_grid(new QGridLayout), m_column(new QWidget(this)),
      m_header(new QHBoxLayout)
{
    setObjectName(QStringLiteral("startPage"));

    auto *icon = new QLabel(this);
    icon->setPixmap(
        spindleIcon(QStringLiteral("spindle")).pixmap(QSize(56, 56), devicePixelRatioF()));
    auto *name = new QLabel(tr("Spindle"), this);
    QFont nameFont = name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.8);
    name->setFont(nameFont);
    auto *tagline = new QLabel(tr("Burn, copy and inspect CDs, DVDs and Blu-ray discs."), this);
    tagline->setForegroundRole(QPalette::PlaceholderText);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addStretch(1);
    titles->addWidget(name);
    titles->addWidget(tagline);
    titles->addStretch(1);
    QHBoxLayout *header = m_header;
    header->setSpacing(14);
    header->addWidget(icon);
    header->addLayout(titles, 1);

    auto *question = new QLabel(tr("What would you like to do?"), this);
    QFont questionFont = question->font();
    questionFont.setBold(true);
    question->setFont(questionFont);

    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(12);
    m_column->setMaximumWidth(qMax(CardWidth, m_header->sizeHint().width()));

    // A column as wide as the cards need, centred, so a few cards do not hug the left edge
    // and many do not stretch across a wide window.
    auto *columnLayout = new QVBoxLayout(m_column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(12);
    columnLayout->addLayout(header);
    columnLayout->addSpacing(18);
    columnLayout->addWidget(question);
    columnLayout->addLayout(m_grid);

    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(m_column, 100);
    centre->addStretch(1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addStretch(1);
    layout->addLayout(centre);
    layout->addStretch(2);

    // Scrolls rather than growing the window: wrapped card texts get taller in a narrow
    // window, and longer in some languages (German needs ~70 px more than English).
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes straight to the cards
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

TaskButton *StartPage::addTask(const Task &task)
{
    auto *button = new TaskButton(task, this);
    m_grid->addWidget(button, m_count / Columns, m_count % Columns);
    ++m_count;
    const int columns = qMin(m_count, Columns);
    m_column->setMaximumWidth(
        qMax(m_header->sizeHint().width(),
             columns * CardWidth + (columns - 1) * m_grid->horizontalSpacing()));
    for (int c = 0; c < Columns; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    connect(button, &TaskButton::clicked, this, [this, id = task.id] { Q_EMIT taskChosen(id); });
    return button;
}

} // namespace Spindle
