#pragma once

#include <QDialog>

#include <memory>

class QPushButton;

namespace hocbaso::ui {

namespace Ui {
class RejectNoteDialog;
}

// Asks for the note that goes back to the school with rejected revocation requests (6.5). The
// note is required, so [Reject] stays disabled while it is empty; the service refuses an empty
// one as well.
class RejectNoteDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxLength = 1000;

    // `count` requests, shown in the question.
    explicit RejectNoteDialog(int count, QWidget* parent = nullptr);
    ~RejectNoteDialog() override;

    QString note() const;
    QPushButton* rejectButton() const;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateButtons();
    void retranslate();

    int m_count;
    std::unique_ptr<Ui::RejectNoteDialog> m_ui;
};

} // namespace hocbaso::ui
