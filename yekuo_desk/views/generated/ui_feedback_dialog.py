# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'feedback_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_FeedbackDialog(object):
    def setupUi(self, FeedbackDialog):
        if not FeedbackDialog.objectName():
            FeedbackDialog.setObjectName(u"FeedbackDialog")
        FeedbackDialog.resize(1000, 600)
        self.mainLayout = QVBoxLayout(FeedbackDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.numberLabel = QLabel(FeedbackDialog)
        self.numberLabel.setObjectName(u"numberLabel")
        self.numberLabel.setStyleSheet(u"font-weight: bold; font-size: 12pt;")

        self.mainLayout.addWidget(self.numberLabel)

        self.groupsLayout = QHBoxLayout()
        self.groupsLayout.setObjectName(u"groupsLayout")
        self.receivedGroup = QGroupBox(FeedbackDialog)
        self.receivedGroup.setObjectName(u"receivedGroup")
        self.receivedGrid = QGridLayout(self.receivedGroup)
        self.receivedGrid.setObjectName(u"receivedGrid")
        self.kindComboLabel = QLabel(self.receivedGroup)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.receivedGrid.addWidget(self.kindComboLabel, 0, 0, 1, 1)

        self.kindCombo = QComboBox(self.receivedGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.receivedGrid.addWidget(self.kindCombo, 0, 1, 1, 1)

        self.sourceComboLabel = QLabel(self.receivedGroup)
        self.sourceComboLabel.setObjectName(u"sourceComboLabel")

        self.receivedGrid.addWidget(self.sourceComboLabel, 0, 2, 1, 1)

        self.sourceCombo = QComboBox(self.receivedGroup)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.receivedGrid.addWidget(self.sourceCombo, 0, 3, 1, 1)

        self.receivedDateLabel = QLabel(self.receivedGroup)
        self.receivedDateLabel.setObjectName(u"receivedDateLabel")

        self.receivedGrid.addWidget(self.receivedDateLabel, 1, 0, 1, 1)

        self.receivedDate = QDateEdit(self.receivedGroup)
        self.receivedDate.setObjectName(u"receivedDate")
        self.receivedDate.setCalendarPopup(True)
        self.receivedDate.setDisplayFormat(u"yyyy-MM-dd")

        self.receivedGrid.addWidget(self.receivedDate, 1, 1, 1, 1)

        self.stationComboLabel = QLabel(self.receivedGroup)
        self.stationComboLabel.setObjectName(u"stationComboLabel")

        self.receivedGrid.addWidget(self.stationComboLabel, 1, 2, 1, 1)

        self.stationCombo = QComboBox(self.receivedGroup)
        self.stationCombo.setObjectName(u"stationCombo")

        self.receivedGrid.addWidget(self.stationCombo, 1, 3, 1, 1)

        self.caseNumberEditLabel = QLabel(self.receivedGroup)
        self.caseNumberEditLabel.setObjectName(u"caseNumberEditLabel")

        self.receivedGrid.addWidget(self.caseNumberEditLabel, 2, 0, 1, 1)

        self.caseNumberEdit = QLineEdit(self.receivedGroup)
        self.caseNumberEdit.setObjectName(u"caseNumberEdit")

        self.receivedGrid.addWidget(self.caseNumberEdit, 2, 1, 1, 1)

        self.customerEditLabel = QLabel(self.receivedGroup)
        self.customerEditLabel.setObjectName(u"customerEditLabel")

        self.receivedGrid.addWidget(self.customerEditLabel, 2, 2, 1, 1)

        self.customerEdit = QLineEdit(self.receivedGroup)
        self.customerEdit.setObjectName(u"customerEdit")

        self.receivedGrid.addWidget(self.customerEdit, 2, 3, 1, 1)

        self.reporterNameEditLabel = QLabel(self.receivedGroup)
        self.reporterNameEditLabel.setObjectName(u"reporterNameEditLabel")

        self.receivedGrid.addWidget(self.reporterNameEditLabel, 3, 0, 1, 1)

        self.reporterNameEdit = QLineEdit(self.receivedGroup)
        self.reporterNameEdit.setObjectName(u"reporterNameEdit")

        self.receivedGrid.addWidget(self.reporterNameEdit, 3, 1, 1, 1)

        self.reporterPhoneEditLabel = QLabel(self.receivedGroup)
        self.reporterPhoneEditLabel.setObjectName(u"reporterPhoneEditLabel")

        self.receivedGrid.addWidget(self.reporterPhoneEditLabel, 3, 2, 1, 1)

        self.reporterPhoneEdit = QLineEdit(self.receivedGroup)
        self.reporterPhoneEdit.setObjectName(u"reporterPhoneEdit")

        self.receivedGrid.addWidget(self.reporterPhoneEdit, 3, 3, 1, 1)

        self.contentEditLabel = QLabel(self.receivedGroup)
        self.contentEditLabel.setObjectName(u"contentEditLabel")

        self.receivedGrid.addWidget(self.contentEditLabel, 4, 0, 1, 1)

        self.contentEdit = QPlainTextEdit(self.receivedGroup)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setMaximumSize(QSize(16777215, 70))

        self.receivedGrid.addWidget(self.contentEdit, 4, 1, 1, 3)

        self.deadlineLabelLabel = QLabel(self.receivedGroup)
        self.deadlineLabelLabel.setObjectName(u"deadlineLabelLabel")

        self.receivedGrid.addWidget(self.deadlineLabelLabel, 5, 0, 1, 1)

        self.deadlineLabel = QLabel(self.receivedGroup)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.receivedGrid.addWidget(self.deadlineLabel, 5, 1, 1, 1)

        self.statusLabelLabel = QLabel(self.receivedGroup)
        self.statusLabelLabel.setObjectName(u"statusLabelLabel")

        self.receivedGrid.addWidget(self.statusLabelLabel, 5, 2, 1, 1)

        self.statusLabel = QLabel(self.receivedGroup)
        self.statusLabel.setObjectName(u"statusLabel")

        self.receivedGrid.addWidget(self.statusLabel, 5, 3, 1, 1)


        self.groupsLayout.addWidget(self.receivedGroup)

        self.handlingGroup = QGroupBox(FeedbackDialog)
        self.handlingGroup.setObjectName(u"handlingGroup")
        self.handlingGrid = QGridLayout(self.handlingGroup)
        self.handlingGrid.setObjectName(u"handlingGrid")
        self.investigationEditLabel = QLabel(self.handlingGroup)
        self.investigationEditLabel.setObjectName(u"investigationEditLabel")

        self.handlingGrid.addWidget(self.investigationEditLabel, 0, 0, 1, 1)

        self.investigationEdit = QPlainTextEdit(self.handlingGroup)
        self.investigationEdit.setObjectName(u"investigationEdit")
        self.investigationEdit.setMaximumSize(QSize(16777215, 70))

        self.handlingGrid.addWidget(self.investigationEdit, 0, 1, 1, 3)

        self.decisionEditLabel = QLabel(self.handlingGroup)
        self.decisionEditLabel.setObjectName(u"decisionEditLabel")

        self.handlingGrid.addWidget(self.decisionEditLabel, 1, 0, 1, 1)

        self.decisionEdit = QPlainTextEdit(self.handlingGroup)
        self.decisionEdit.setObjectName(u"decisionEdit")
        self.decisionEdit.setMaximumSize(QSize(16777215, 70))

        self.handlingGrid.addWidget(self.decisionEdit, 1, 1, 1, 3)

        self.correctiveEditLabel = QLabel(self.handlingGroup)
        self.correctiveEditLabel.setObjectName(u"correctiveEditLabel")

        self.handlingGrid.addWidget(self.correctiveEditLabel, 2, 0, 1, 1)

        self.correctiveEdit = QLineEdit(self.handlingGroup)
        self.correctiveEdit.setObjectName(u"correctiveEdit")

        self.handlingGrid.addWidget(self.correctiveEdit, 2, 1, 1, 3)

        self.replyDateLabel = QLabel(self.handlingGroup)
        self.replyDateLabel.setObjectName(u"replyDateLabel")

        self.handlingGrid.addWidget(self.replyDateLabel, 3, 0, 1, 1)

        self.replyDate = QDateEdit(self.handlingGroup)
        self.replyDate.setObjectName(u"replyDate")
        self.replyDate.setCalendarPopup(True)
        self.replyDate.setDisplayFormat(u"yyyy-MM-dd")

        self.handlingGrid.addWidget(self.replyDate, 3, 1, 1, 1)

        self.replyMethodComboLabel = QLabel(self.handlingGroup)
        self.replyMethodComboLabel.setObjectName(u"replyMethodComboLabel")

        self.handlingGrid.addWidget(self.replyMethodComboLabel, 3, 2, 1, 1)

        self.replyMethodCombo = QComboBox(self.handlingGroup)
        self.replyMethodCombo.setObjectName(u"replyMethodCombo")
        self.replyMethodCombo.setEditable(True)

        self.handlingGrid.addWidget(self.replyMethodCombo, 3, 3, 1, 1)

        self.evaluationEditLabel = QLabel(self.handlingGroup)
        self.evaluationEditLabel.setObjectName(u"evaluationEditLabel")

        self.handlingGrid.addWidget(self.evaluationEditLabel, 4, 0, 1, 1)

        self.evaluationEdit = QLineEdit(self.handlingGroup)
        self.evaluationEdit.setObjectName(u"evaluationEdit")

        self.handlingGrid.addWidget(self.evaluationEdit, 4, 1, 1, 1)

        self.reinspectionEditLabel = QLabel(self.handlingGroup)
        self.reinspectionEditLabel.setObjectName(u"reinspectionEditLabel")

        self.handlingGrid.addWidget(self.reinspectionEditLabel, 4, 2, 1, 1)

        self.reinspectionEdit = QLineEdit(self.handlingGroup)
        self.reinspectionEdit.setObjectName(u"reinspectionEdit")

        self.handlingGrid.addWidget(self.reinspectionEdit, 4, 3, 1, 1)

        self.reviewerEditLabel = QLabel(self.handlingGroup)
        self.reviewerEditLabel.setObjectName(u"reviewerEditLabel")

        self.handlingGrid.addWidget(self.reviewerEditLabel, 5, 0, 1, 1)

        self.reviewerEdit = QLineEdit(self.handlingGroup)
        self.reviewerEdit.setObjectName(u"reviewerEdit")

        self.handlingGrid.addWidget(self.reviewerEdit, 5, 1, 1, 1)

        self.advanceButton = QPushButton(self.handlingGroup)
        self.advanceButton.setObjectName(u"advanceButton")

        self.handlingGrid.addWidget(self.advanceButton, 5, 2, 1, 1)


        self.groupsLayout.addWidget(self.handlingGroup)


        self.mainLayout.addLayout(self.groupsLayout)

        self.stepsGroup = QGroupBox(FeedbackDialog)
        self.stepsGroup.setObjectName(u"stepsGroup")
        self.stepsLayout = QVBoxLayout(self.stepsGroup)
        self.stepsLayout.setObjectName(u"stepsLayout")
        self.stepsText = QPlainTextEdit(self.stepsGroup)
        self.stepsText.setObjectName(u"stepsText")
        self.stepsText.setReadOnly(True)
        self.stepsText.setMinimumSize(QSize(0, 60))
        self.stepsText.setMaximumSize(QSize(16777215, 110))

        self.stepsLayout.addWidget(self.stepsText)


        self.mainLayout.addWidget(self.stepsGroup)

        self.errorLabel = QLabel(FeedbackDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(FeedbackDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.sourceComboLabel.setBuddy(self.sourceCombo)
        self.receivedDateLabel.setBuddy(self.receivedDate)
        self.stationComboLabel.setBuddy(self.stationCombo)
        self.caseNumberEditLabel.setBuddy(self.caseNumberEdit)
        self.customerEditLabel.setBuddy(self.customerEdit)
        self.reporterNameEditLabel.setBuddy(self.reporterNameEdit)
        self.reporterPhoneEditLabel.setBuddy(self.reporterPhoneEdit)
        self.contentEditLabel.setBuddy(self.contentEdit)
        self.deadlineLabelLabel.setBuddy(self.deadlineLabel)
        self.statusLabelLabel.setBuddy(self.statusLabel)
        self.investigationEditLabel.setBuddy(self.investigationEdit)
        self.decisionEditLabel.setBuddy(self.decisionEdit)
        self.correctiveEditLabel.setBuddy(self.correctiveEdit)
        self.replyDateLabel.setBuddy(self.replyDate)
        self.replyMethodComboLabel.setBuddy(self.replyMethodCombo)
        self.evaluationEditLabel.setBuddy(self.evaluationEdit)
        self.reinspectionEditLabel.setBuddy(self.reinspectionEdit)
        self.reviewerEditLabel.setBuddy(self.reviewerEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FeedbackDialog)
    # setupUi

    def retranslateUi(self, FeedbackDialog):
        FeedbackDialog.setWindowTitle(QCoreApplication.translate("FeedbackDialog", u"Feedback form", None))
        self.receivedGroup.setTitle(QCoreApplication.translate("FeedbackDialog", u"Received", None))
        self.kindComboLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Kind", None))
        self.sourceComboLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Source", None))
        self.receivedDateLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Received on", None))
        self.stationComboLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Responsible station", None))
        self.caseNumberEditLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Case number", None))
        self.caseNumberEdit.setPlaceholderText(QCoreApplication.translate("FeedbackDialog", u"optional", None))
        self.customerEditLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Customer", None))
        self.reporterNameEditLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Reporter", None))
        self.reporterPhoneEditLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Reporter's phone", None))
        self.contentEditLabel.setText(QCoreApplication.translate("FeedbackDialog", u"What was reported", None))
        self.deadlineLabelLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Reply deadline", None))
        self.statusLabelLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Status", None))
        self.handlingGroup.setTitle(QCoreApplication.translate("FeedbackDialog", u"Handling", None))
        self.investigationEditLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Investigation", None))
        self.decisionEditLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Decision", None))
        self.correctiveEditLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Corrective action", None))
        self.replyDateLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Reply date", None))
        self.replyMethodComboLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Reply by", None))
        self.evaluationEditLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Customer's evaluation", None))
        self.reinspectionEditLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Re-inspection", None))
        self.reviewerEditLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Reviewer", None))
        self.advanceButton.setText(QCoreApplication.translate("FeedbackDialog", u"Next step\u2026", None))
        self.stepsGroup.setTitle(QCoreApplication.translate("FeedbackDialog", u"Steps", None))
    # retranslateUi

