#pragma once

#include <QDialog>

#include <memory>

class QPushButton;

namespace hocbaso::ui {

namespace Ui {
class RejectNoteDialog;
}

// Asks for the note that goes back to the school with a refusal: rejected revocation requests
// (6.5), rejected or revoked certificates (6.1). The note is required, so the accepting button
// stays disabled while it is empty; the services refuse an empty one as well.
class RejectNoteDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxLength = 1000;

    enum class Purpose
    {
        RejectRevocationRequests, // 6.5
        RejectCertificates,       // 6.1, pending ones
        RevokeCertificates        // 6.1, approved ones
    };

    // `count` requests, shown in the question.
    explicit RejectNoteDialog(int count, QWidget* parent = nullptr);
    RejectNoteDialog(Purpose purpose, int count, QWidget* parent = nullptr);
    ~RejectNoteDialog() override;

    Purpose purpose() const { return m_purpose; }

    QString note() const;
    QPushButton* rejectButton() const;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateButtons();
    void retranslate();

    Purpose m_purpose;
    int m_count;
    std::unique_ptr<Ui::RejectNoteDialog> m_ui;
};

} // namespace hocbaso::ui
