#include "guijobhandler.h"

#include "messagebox.h"

#include <QThread>
#include <QWidget>

namespace Spindle {

GuiJobHandler::GuiJobHandler(QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_dialogParent(dialogParent)
{}

bool GuiJobHandler::ask(const Question &question)
{
    if (QThread::currentThread() == thread())
        return askHere(question);
    bool answer = false;
    QMetaObject::invokeMethod(
        this, [this, &question, &answer] { answer = askHere(question); },
        Qt::BlockingQueuedConnection);
    return answer;
}

bool GuiJobHandler::askHere(const Question &question)
{
    MessageBox::Request request;
    request.title = question.title;
    request.text = question.text;
    request.detail = question.detail;
    switch (question.kind) {
    case QuestionKind::InsertBlankMedium:
        request.yesText = tr("Continue");
        request.noText = tr("Cancel");
        break;
    case QuestionKind::OverwriteFile:
        request.yesText = tr("Overwrite");
        request.noText = tr("Cancel");
        request.dangerous = true;
        break;
    case QuestionKind::EraseFirst:
        request.yesText = tr("Erase");
        request.noText = tr("Cancel");
        request.dangerous = true;
        break;
    case QuestionKind::Confirm:
        break;
    }
    return MessageBox::ask(m_dialogParent.data(), request);
}

} // namespace Spindle
