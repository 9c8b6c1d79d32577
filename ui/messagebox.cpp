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
    lastText = request.text;
    if (nextAnswer != Answer::None) {
        const bool yes = nextAnswer == Answer::Yes;
        nextAnswer = Answer::None;
        return yes;
    }
    QMessageBox box(request.dangerous ? QMessageBox::Warning : QMessageBox::Question, request.title,
                    request.text, QMessageBox::NoButton, parent);
    box.setWindowModality(Qt::WindowModal);
    QPushButton *yes = box.addButton(request.yesText.isEmpty() ? tr("Yes") : request.yesText,
                                     QMessageBox::YesRole);
    QPushButton *no =
        box.addButton(request.noText.isEmpty() ? tr("No") : request.noText, QMessageBox::NoRole);
    box.setDefaultButton(request.dangerous ? no : yes);
    box.setEscapeButton(no);
    if (!request.detail.isEmpty())
        box.setDetailedText(request.detail);
    box.exec();
    return box.clickedButton() == yes;
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
