#include "messagebox.h"

#include <QMessageBox>
#include <QPushButton>

namespace Spindle {

namespace {
MessageBox::Answer nextAnswer = MessageBox::Answer::None;
QString lastText;
} // namespace

bool MessageBox::ask(QWidget *parent, const Request &request)
{
    return choose(parent, request) == Answer::Yes;
}

MessageBox::Answer MessageBox::choose(QWidget *parent, const Request &request)
{
    lastText = request.text;
    if (nextAnswer != Answer::None) {
        const Answer answer = nextAnswer;
        nextAnswer = Answer::None;
        return answer;
    }
    QMessageBox box(request.dangerous ? QMessageBox::Warning : QMessageBox::Question, request.title,
                    request.text, QMessageBox::NoButton, parent);
    box.setWindowModality(Qt::WindowModal);
    QPushButton *yes = box.addButton(request.yesText.isEmpty() ? tr("Yes") : request.yesText,
                                     QMessageBox::YesRole);
    QPushButton *no =
        box.addButton(request.noText.isEmpty() ? tr("No") : request.noText, QMessageBox::NoRole);
    box.setDefaultButton(request.dangerous ? no : yes);
    QPushButton *cancel = nullptr;
    if (!request.cancelText.isEmpty())
        cancel = box.addButton(request.cancelText, QMessageBox::RejectRole);
    box.setEscapeButton(cancel ? cancel : no);
    if (!request.detail.isEmpty())
        box.setDetailedText(request.detail);
    box.exec();
    if (box.clickedButton() == yes)
        return Answer::Yes;
    return box.clickedButton() == no ? Answer::No : Answer::Cancel;
}

void MessageBox::setNextAnswer(Answer answer)
{
    nextAnswer = answer;
}

QString MessageBox::lastQuestion()
{
    return lastText;
}

} // namespace Spindle
