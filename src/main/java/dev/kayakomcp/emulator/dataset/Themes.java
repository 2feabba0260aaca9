package dev.kayakomcp.emulator.dataset;

import static dev.kayakomcp.emulator.dataset.LookupTables.DEPT_BILLING;
import static dev.kayakomcp.emulator.dataset.LookupTables.DEPT_GENERAL;
import static dev.kayakomcp.emulator.dataset.LookupTables.DEPT_INTEGRATIONS;
import static dev.kayakomcp.emulator.dataset.LookupTables.DEPT_MOBILE;
import static dev.kayakomcp.emulator.dataset.LookupTables.DEPT_SALES;
import static dev.kayakomcp.emulator.dataset.LookupTables.DEPT_TECHNICAL;
import static dev.kayakomcp.emulator.dataset.LookupTables.TYPE_BUG;
import static dev.kayakomcp.emulator.dataset.LookupTables.TYPE_FEATURE_REQUEST;
import static dev.kayakomcp.emulator.dataset.LookupTables.TYPE_ISSUE;
import static dev.kayakomcp.emulator.dataset.LookupTables.TYPE_QUESTION;
import static dev.kayakomcp.emulator.dataset.LookupTables.TYPE_TASK;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The recurring support themes of the generated helpdesk, with deliberately uneven weights so that
 * "what are the most common issues?" has a clear answer (password resets first, then login trouble,
 * then billing). Texts are written the way customers and agents write: typos, urgency, vague first
 * messages. Placeholders: {@code {first}} customer's first name, {@code {org}} organisation, {@code
 * {inv}} invoice number, {@code {amt}} amount.
 */
final class Themes {

  /** Which kind of file a customer of this theme tends to attach. */
  enum Attach {
    NONE,
    LOG,
    PNG,
    PDF,
    CSV,
    JSON
  }

  /**
   * One theme. {@code openings}: first customer messages; {@code details}: the customer's answer to
   * questions; {@code staffFirst}: the first agent reply; {@code staffFix}: the reply that solves
   * it.
   */
  record Theme(
      String key,
      int weight,
      int departmentId,
      int typeId,
      int[] priorityWeights,
      String tags,
      String[] subjects,
      String[] openings,
      String[] details,
      String[] staffFirst,
      String[] staffFix,
      Attach attach) {}

  static final List<Theme> ALL =
      List.of(
          new Theme(
              "password-reset",
              20,
              DEPT_GENERAL,
              TYPE_QUESTION,
              new int[] {3, 10, 3, 1, 0},
              "password-reset account",
              new String[] {
                "Password reset",
                "Cant reset my password",
                "Password reset email never arrives",
                "forgot password - reset link expired",
                "Reset link says \"token invalid\"",
                "Passwort zurücksetzen funktioniert nicht",
              },
              new String[] {
                "Hi,\n\nI forgot my password and the reset link you send me doesn't work. It says the"
                    + " link is expired even tho I clicked it straight away.\n\nCan you reset it for"
                    + " me?",
                "hello i cant log in, need password reset asap please. tried 3 times already",
                "Hi there, I requested a password reset about an hour ago and nothing has arrived,"
                    + " not even in spam. My username is my work email.",
                "Hallo, ich habe mein Passwort vergessen und bekomme keine E-Mail zum Zurücksetzen."
                    + " Können Sie mir bitte helfen?\n\nDanke!",
                "The password reset page keeps saying \"token invalid\". I've tried Chrome and"
                    + " Firefox. Please help, I have a presentation in 2 hours!!",
              },
              new String[] {
                "It's {first}@ our company domain, the account was created by our admin last"
                    + " year. Still nothing in the inbox.",
                "I tried again just now, same error. I'm on the corporate network if that"
                    + " matters.",
              },
              new String[] {
                "Thanks for reaching out. Reset links are valid for 30 minutes and only the most"
                    + " recent one works, so an older e-mail will show \"token invalid\".\n\nI have"
                    + " triggered a fresh link to the address on file. Could you try it within the"
                    + " next half hour and let me know?",
                "Sorry about the trouble! Could you confirm the e-mail address on the account? For"
                    + " security reasons I can only send the reset link to the registered"
                    + " address.",
              },
              new String[] {
                "I've cleared the old reset tokens on your account and sent a new link. If your"
                    + " mail server delays external mail, please also check the quarantine folder."
                    + " The link now stays valid for 24 hours.",
                "Your password has been reset and a temporary password was sent separately. You"
                    + " will be asked to choose a new one on first login.",
              },
              Attach.NONE),
          new Theme(
              "login",
              15,
              DEPT_TECHNICAL,
              TYPE_ISSUE,
              new int[] {0, 6, 6, 3, 1},
              "login 2fa sso",
              new String[] {
                "Can't log in since this morning",
                "2FA code not accepted",
                "SSO login loop after Okta change",
                "Locked out of account - 2FA phone lost",
                "Login fails with \"invalid credentials\" but password is correct",
                "URGENT: whole team cannot login",
              },
              new String[] {
                "Since this morning none of us can log in. We get redirected back to the login"
                    + " page over and over. We use SSO through our identity provider. This is"
                    + " blocking 40 people!!",
                "Hi, my 2FA codes are always rejected. The authenticator app shows a code, I type"
                    + " it, it says invalid. Time on my phone is automatic.",
                "I lost my phone with the authenticator on it and now I'm locked out. How do I get"
                    + " back in?",
                "login doesnt work. says invalid credentials. i KNOW the password is right, i"
                    + " use a password manager",
                "Bonjour, je n'arrive plus à me connecter depuis la mise à jour. Le code 2FA est"
                    + " refusé à chaque fois. Merci de votre aide.",
              },
              new String[] {
                "Our IdP admin says nothing changed on their side. The SAML response has the"
                    + " right email in NameID as far as we can tell. Screenshot attached.",
                "Tried on my laptop and on my phone, same thing. Cleared cookies too.",
              },
              new String[] {
                "Thanks for the details. Could you send us the time of one failed attempt (with"
                    + " timezone) and the browser you used? That lets us find it in the"
                    + " authentication logs.",
                "I'm sorry you're locked out. To disable 2FA we need to verify your identity:"
                    + " please reply from the account's e-mail address and confirm the last four"
                    + " digits of the card on file, or ask your account admin to contact us.",
              },
              new String[] {
                "We found the cause: the certificate on your SSO connection was rotated on your"
                    + " side, so signatures no longer matched. I've uploaded the new certificate"
                    + " from your metadata URL and logins work again in our tests.",
                "I've reset the 2FA enrolment on your account. At next login you'll be asked to"
                    + " scan a new QR code. Please store the backup codes somewhere safe this"
                    + " time.",
                "The account was locked after too many failed attempts. I've unlocked it; the"
                    + " lock clears itself after 30 minutes in future.",
              },
              Attach.PNG),
          new Theme(
              "billing",
              13,
              DEPT_BILLING,
              TYPE_ISSUE,
              new int[] {0, 6, 5, 2, 0},
              "billing invoice",
              new String[] {
                "Charged twice this month",
                "Double charge on our card!!",
                "Invoice {inv} is wrong",
                "Wrong VAT on invoice",
                "billing error - we were charged for 25 seats, we have 12",
                "Facture incorrecte",
              },
              new String[] {
                "Hello,\n\nWe were charged {amt} TWICE on the same day for our subscription. Please"
                    + " refund the duplicate charge asap, this is our company card.",
                "Invoice {inv} lists 25 seats but we only have 12 users. Can you correct it and"
                    + " send a new invoice? Our accounting needs it by friday.",
                "Hi, the VAT ID is missing from our last invoice so our finance team can't book"
                    + " it. Our VAT number is in the account settings since months.",
                "why was I charged {amt}?? I downgraded to Starter last month",
              },
              new String[] {
                "Here's the bank statement extract, both charges are {amt} on the same date."
                    + " Card ends in 4242.",
                "The invoice PDF is attached. Seats line is wrong and the billing address is"
                    + " our old office.",
              },
              new String[] {
                "Thanks for letting us know, and sorry for the worry. I can see the charges on"
                    + " our side and have passed this to our billing team to confirm which one"
                    + " will be refunded.",
                "I've looked into your account: the seat count on {inv} was taken before the"
                    + " downgrade took effect. I'm checking with billing whether we can reissue"
                    + " it.",
              },
              new String[] {
                "The duplicate payment of {amt} has been refunded to the original card. Banks"
                    + " usually show it within 5\u201310 business days. A credit note is"
                    + " attached for your records.",
                "I've reissued the invoice with the correct seat count and your VAT ID. The old"
                    + " invoice {inv} is cancelled; the corrected one is attached.",
              },
              Attach.PDF),
          new Theme(
              "export",
              9,
              DEPT_TECHNICAL,
              TYPE_BUG,
              new int[] {1, 5, 4, 1, 0},
              "export csv timeout",
              new String[] {
                "CSV export times out",
                "Export never finishes",
                "Data export fails with 504",
                "export.csv is empty / missing columns",
              },
              new String[] {
                "When I export all contacts to CSV, it spins for about a minute and then shows"
                    + " \"Gateway Timeout\". We have about 180k records. Smaller exports work.",
                "The export we scheduled every Monday hasn't arrived for 2 weeks now. Did"
                    + " something change??",
                "hi the csv export is missing the custom columns we added. attached what we"
                    + " get. we need them for the quarterly report",
              },
              new String[] {
                "It fails every time, I tried at night too. Our account is {org}.",
                "Attached is the file we get, it stops after the header row basically.",
              },
              new String[] {
                "Thanks for the report. Large exports are built in the background; could you"
                    + " tell me roughly how many records the export covers and which filters you"
                    + " use?",
                "I can reproduce the timeout with an export of your size. I've raised it with"
                    + " our engineers and will update you as soon as I hear back.",
              },
              new String[] {
                "Our engineers deployed a fix that streams large exports instead of building"
                    + " them in one request. Your export of 180k rows now finishes in about 40"
                    + " seconds. Could you try again?",
                "As a workaround until the fix ships, use Settings \u203a Data \u203a Scheduled"
                    + " export: it e-mails a download link when the file is ready and has no"
                    + " time limit.",
              },
              Attach.CSV),
          new Theme(
              "performance",
              8,
              DEPT_TECHNICAL,
              TYPE_ISSUE,
              new int[] {0, 4, 5, 2, 1},
              "performance slow",
              new String[] {
                "Everything is extremely slow today",
                "Dashboard takes 30+ seconds to load",
                "Performance issues since last update",
                "very slow, unusable",
              },
              new String[] {
                "The dashboard has been taking 30\u201340 seconds to load since Tuesday. Other"
                    + " websites are fast, so it's not our internet.",
                "app is sooo slow today. is there an outage?? nothing on your status page",
                "Since the last release the reports page is very slow for our whole team in"
                    + " Berlin. Colleagues in London are fine.",
              },
              new String[] {
                "It's worst between 9 and 11 am CET. The browser console shows a lot of"
                    + " requests waiting. HAR file is attached.",
              },
              new String[] {
                "Sorry for the slowness. Could you send a HAR file from your browser while the"
                    + " page loads? It shows which requests are taking the time.",
                "We're seeing increased response times in the EU region and our operations team"
                    + " is investigating. I'll keep you posted.",
              },
              new String[] {
                "A database index was missing after last week's migration, which slowed down"
                    + " dashboards with many widgets. It has been rebuilt and load times are"
                    + " back to about 2 seconds.",
                "The slowness was caused by a misbehaving cache node in the EU region; it has"
                    + " been replaced. Please let us know if you still see delays.",
              },
              Attach.LOG),
          new Theme(
              "notifications",
              7,
              DEPT_TECHNICAL,
              TYPE_ISSUE,
              new int[] {1, 6, 2, 0, 0},
              "email notifications",
              new String[] {
                "Email notifications not arriving",
                "Not receiving any notifications",
                "Alerts stopped working",
                "notification emails go to spam",
              },
              new String[] {
                "None of our team gets email notifications anymore since about a week. Settings"
                    + " look fine.",
                "We stopped receiving alert e-mails. Checked spam, nothing there. Did you change"
                    + " the sender address?",
                "Your notification mails all land in our spam folder. Can you tell us the"
                    + " sending IPs so IT can whitelist them?",
              },
              new String[] {
                "IT says our mail gateway rejected them, something about SPF. Log attached.",
              },
              new String[] {
                "Thanks! Our mail logs show your server answering \"550 rejected by policy\". Could"
                    + " you ask your IT team whether a new filter was added recently?",
                "Could you check Profile \u203a Notifications and confirm that e-mail is ticked"
                    + " for the events you expect?",
              },
              new String[] {
                "Your mail gateway was blocking our new sending domain. Once your IT added"
                    + " notifications.example.com to the allow list, the queued e-mails were"
                    + " delivered.",
                "Notifications were switched off by a bulk edit on your account. I've turned"
                    + " them back on for all 14 users.",
              },
              Attach.LOG),
          new Theme(
              "api",
              7,
              DEPT_INTEGRATIONS,
              TYPE_ISSUE,
              new int[] {0, 4, 5, 2, 1},
              "api integration rate-limit",
              new String[] {
                "API returns 429 Too Many Requests",
                "Rate limit hit way below documented limit",
                "Webhook deliveries failing",
                "Integration error: 401 on /v1/contacts",
                "Salesforce sync stopped",
              },
              new String[] {
                "Our integration started getting HTTP 429 from the API yesterday. We make maybe"
                    + " 5 requests per second, the docs say 10 are allowed. Response body"
                    + " attached.",
                "Webhooks to our endpoint fail since the weekend. Our server returns 200 in"
                    + " under a second, we checked. What does your side log?",
                "getting 401 unauthorized from the API with a brand new key. tried regenerating"
                    + " twice. this blocks our go-live on monday",
              },
              new String[] {
                "Request IDs of two failing calls: 7f3c9a1e and 0b8d22f4. Logs attached.",
                "We use the official client library, version 3.2.1.",
              },
              new String[] {
                "Thanks for the request IDs. The limit is 10 requests per second per account,"
                    + " not per key, so other integrations on your account count too. Do you"
                    + " have any other tools connected?",
                "Could you send the full response headers of a failing call? The"
                    + " X-RateLimit-Remaining and Retry-After headers tell us which limit you"
                    + " hit.",
              },
              new String[] {
                "A second integration on your account was polling every 100 ms. After pausing"
                    + " it your calls stay well below the limit. We recommend honouring"
                    + " Retry-After and using webhooks instead of polling.",
                "The key was created in the sandbox environment, which is why production"
                    + " returned 401. Please create a key under Settings \u203a API in the live"
                    + " account.",
              },
              Attach.JSON),
          new Theme(
              "mobile",
              6,
              DEPT_MOBILE,
              TYPE_BUG,
              new int[] {1, 5, 3, 1, 0},
              "mobile-app crash",
              new String[] {
                "iOS app crashes on startup",
                "Android app crash when uploading photo",
                "App keeps logging me out",
                "mobile app blank screen after update",
              },
              new String[] {
                "Since updating to the latest version the app crashes right after the splash"
                    + " screen. iPhone 13, iOS 17.4. Reinstalled already.",
                "the android app crashes every time i try to attach a photo to a report. Samsung"
                    + " S22. screenshot attached",
                "The app logs me out every few minutes, which is really annoying when I'm on"
                    + " site with customers.",
              },
              new String[] {
                "Version 5.12.0 (build 4471). Crash happens offline too. Crash log attached.",
              },
              new String[] {
                "Sorry about that! Could you tell us the app version (Settings \u203a About) and"
                    + " send the crash log? On iOS: Settings \u203a Privacy \u203a Analytics"
                    + " Data.",
                "Thanks, our mobile team can reproduce it on Android 14 and is working on a"
                    + " fix.",
              },
              new String[] {
                "Version 5.12.2 is now live in the store and fixes the crash when attaching"
                    + " photos. Please update and let us know.",
                "The logouts came from a token refresh bug that is fixed in 5.13. Until you"
                    + " update, disabling battery optimisation for the app avoids it.",
              },
              Attach.PNG),
          new Theme(
              "feature-request",
              6,
              DEPT_GENERAL,
              TYPE_FEATURE_REQUEST,
              new int[] {6, 4, 0, 0, 0},
              "feature-request",
              new String[] {
                "Feature request: dark mode",
                "Please add bulk edit",
                "Suggestion - export to Excel directly",
                "Would love a Slack integration",
              },
              new String[] {
                "Hi team, love the product! One thing we really miss is bulk editing \u2014 we"
                    + " have to change 200 records one by one. Any plans?",
                "Could you add a dark mode? Staring at the white screen all night shift is"
                    + " hard on the eyes.",
                "Feature request: let us export straight to .xlsx. Our finance people always"
                    + " mess up the CSV import with the commas.",
              },
              new String[] {
                "It would save us maybe 3 hours per week. Several colleagues asked for it too.",
              },
              new String[] {
                "Thanks for the suggestion! I've added your vote to the request in our product"
                    + " backlog and shared your use case with the product team.",
              },
              new String[] {
                "Good news: bulk edit shipped in today's release. Select records with the"
                    + " checkboxes and choose Actions \u203a Edit.",
                "I've logged this as a feature request. I can't promise a date, but the product"
                    + " team reviews requests every quarter and we'll let you know if it's"
                    + " scheduled.",
              },
              Attach.NONE),
          new Theme(
              "cancellation",
              5,
              DEPT_BILLING,
              TYPE_TASK,
              new int[] {1, 6, 2, 0, 0},
              "cancellation refund",
              new String[] {
                "Cancel subscription and refund",
                "Please cancel our account",
                "Refund request",
                "How do I cancel?? No button anywhere",
              },
              new String[] {
                "We'd like to cancel our subscription at the end of the month. We were charged"
                    + " {amt} for the annual renewal yesterday, can that be refunded?",
                "I can't find where to cancel. Please cancel immediately and stop charging my"
                    + " card. This is ridiculous.",
                "Please close the account for {org}, we moved to another tool. Also please"
                    + " delete our data.",
              },
              new String[] {
                "The renewal was for {amt}. We haven't used the account since the renewal.",
              },
              new String[] {
                "I'm sorry to see you go. Before I process the cancellation, can you confirm"
                    + " you are the account owner? Only owners can cancel a subscription.",
                "I understand. Cancellation is under Settings \u203a Billing \u203a Plan, but I'm"
                    + " happy to do it for you once you confirm.",
              },
              new String[] {
                "Your subscription has been cancelled and the renewal of {amt} refunded. Your"
                    + " data will be deleted after 30 days unless you reactivate.",
                "Done \u2014 the account will stay active until the end of the paid period and"
                    + " will not renew. No further charges will be made.",
              },
              Attach.NONE),
          new Theme(
              "how-to",
              5,
              DEPT_GENERAL,
              TYPE_QUESTION,
              new int[] {4, 6, 0, 0, 0},
              "how-to permissions",
              new String[] {
                "How do I add a new user?",
                "Question about permissions",
                "Change account owner",
                "quick question",
              },
              new String[] {
                "hi, quick question, how can I give a colleague read-only access?",
                "Our account owner left the company. How can we transfer ownership to me?",
                "Where do I change the time zone for the whole team? Reports show UTC.",
              },
              new String[] {
                "I'm an admin on the account, my colleague's email is below.",
              },
              new String[] {
                "Good question! Under Settings \u203a Team you can invite a user and choose the"
                    + " \"Viewer\" role, which can see everything but change nothing.",
              },
              new String[] {
                "I've transferred ownership to you after confirming with the billing contact on"
                    + " file. You'll now see the Billing menu.",
                "The team time zone is under Settings \u203a Company \u203a Regional settings. Each"
                    + " user can override it in their profile.",
              },
              Attach.NONE),
          new Theme(
              "sales",
              4,
              DEPT_SALES,
              TYPE_QUESTION,
              new int[] {3, 6, 1, 0, 0},
              "sales upgrade quote",
              new String[] {
                "Quote for 50 seats",
                "Upgrade to Enterprise plan",
                "Discount for non-profits?",
                "Pricing question",
              },
              new String[] {
                "We'd like a quote for 50 seats on the Business plan, billed annually, in EUR."
                    + " Our procurement needs a PDF quote.",
                "Do you offer a discount for registered charities? We're a small non-profit.",
                "What's the difference between Business and Enterprise regarding SSO and audit"
                    + " logs?",
              },
              new String[] {
                "Billing contact is our finance team, PO number will follow.",
              },
              new String[] {
                "Thanks for your interest! I've prepared a quote for 50 Business seats billed"
                    + " annually; it's attached. It's valid for 30 days.",
              },
              new String[] {
                "Your account has been upgraded to Enterprise; SSO and audit logs are now"
                    + " enabled under Settings \u203a Security.",
                "We offer 30% off for registered non-profits. I've applied it to your account"
                    + " from the next invoice.",
              },
              Attach.PDF));

  /** Nudges customers send when nobody answered. */
  static final String[] NUDGES = {
    "any update??",
    "Hi, just following up on this. We're still stuck.",
    "Hello?? It has been 3 days and nobody answered. This is really frustrating.",
    "Bump. Please escalate, our team can't work like this.",
    "Any news on this one? Thanks",
    "Is anyone looking at this? It's urgent for us.",
    "Hallo, gibt es schon Neuigkeiten?",
  };

  /** Customers confirming the fix. */
  static final String[] THANKS = {
    "Thanks, that fixed it!",
    "Perfect, all good now. Thank you for the quick help.",
    "ok it works now thx",
    "Merci beaucoup, ça marche maintenant.",
    "Confirmed working on our side. You can close this.",
    "Great, thanks a lot {staff}!",
  };

  /** Agent replies while work is ongoing. */
  static final String[] STAFF_PROGRESS = {
    "Thanks for your patience. Our engineers are still investigating and I'll update you as soon"
        + " as I have news.",
    "Quick update: we've identified the cause and a fix is being tested. I expect it to be"
        + " deployed within the next day.",
    "I'm sorry for the wait. I've escalated this internally and marked it as high priority.",
  };

  /** Private agent posts, never e-mailed to the customer. */
  static final String[] PRIVATE = {
    "Internal: customer is on the Business plan, renewal due next month \u2014 handle with care.",
    "Internal: reproduced on staging, see engineering ticket ENG-4821.",
    "Internal: looping in billing, refund needs approval above \u20ac500.",
    "Internal: same issue as the one reported by another customer last week, probably related.",
  };

  /** Replies from colleagues copied on the conversation. */
  static final String[] CC = {
    "+1, we see exactly the same thing on our side.",
    "Adding myself here \u2014 I'm the IT admin for our team, please keep me in the loop.",
    "Same for me. Our whole office is affected.",
  };

  /** Replies from outside parties (vendors, processors), as {name, e-mail, text}. */
  static final String[][] THIRD_PARTY = {
    {
      "PayFlow Merchant Services",
      "disputes@payflow.example",
      "Hello, regarding the transaction in question: the second authorisation was voided on our"
          + " side and will drop off the cardholder's statement within 3 business days."
    },
    {
      "CloudMail Delivery Team",
      "postmaster@cloudmail.example",
      "We checked our outbound logs: the messages were accepted by the recipient server and then"
          + " quarantined there. No action is needed on the sending side."
    },
    {
      "Okapi Identity Support",
      "support@okapi-id.example",
      "The SAML signing certificate for this application was rotated on schedule. The new"
          + " metadata is available at the usual URL."
    },
  };

  private static final int TOTAL_WEIGHT = ALL.stream().mapToInt(Theme::weight).sum();

  private Themes() {}

  /** A theme drawn by weight. */
  static Theme pick(SplittableRandom rnd) {
    int r = rnd.nextInt(TOTAL_WEIGHT);
    for (Theme t : ALL) {
      r -= t.weight();
      if (r < 0) {
        return t;
      }
    }
    throw new IllegalStateException("weights");
  }

  /** An index drawn from relative weights. */
  static int weighted(SplittableRandom rnd, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = rnd.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
