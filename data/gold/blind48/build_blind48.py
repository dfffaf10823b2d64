#!/usr/bin/env python3
"""Build ``blind48.jsonl``: the forty-eighth batch of blind test articles (session 17).

14 invented short wire-service political stories (US and foreign), each with 10-13 attributions,
written and annotated by a helper session that never read claimtrace's code, tests or data; see
NOTES.md.

Usage: ``python data/gold/blind48/build_blind48.py [--check]`` (``--check``: exit 1 if
blind48.jsonl is stale).

The helper's own notes on the format follow.

Blind test set 48: 14 invented wire-style political news articles with
hand annotations of attributions (PolNeAR-style spans).

Stdlib only. Offsets are COMPUTED from the texts, never typed by hand.

Annotation line format (one attribution per line):

    CUE || SOURCE || CONTENT || TYPE

* CONTENT may be split into fragments with " ++ " (discontinuous quote).
* SOURCE is "-" when the article gives no source (source: null).
* Any span (cue, source, or a content fragment) may be written as
  "span @@ context": the span is then looked up inside `context`, which must
  occur exactly once in the article and contain `span` exactly once.
* Without a context:
    - a content fragment must occur exactly once in the article;
    - the cue is the occurrence nearest to the content fragments (not
      overlapping them);
    - the source is the occurrence nearest to the cue (not overlapping the
      cue or the content).
  Matching respects word boundaries ("he" never matches inside "the").
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

OUT = "/tmp/blind48/blind48.jsonl"
TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}

ARTICLES = []  # list of (doc_id, text, annotations)


def art(doc_id, text, ann):
    ARTICLES.append((doc_id, text.strip("\n"), ann.strip("\n")))


# --------------------------------------------------------------------------
# Straight-quote half: q201 - q207
# --------------------------------------------------------------------------

art("q201", '''
McConnell says Senate will vote on Zika funding before recess

WASHINGTON (Reuters) - Senate Majority Leader Mitch McConnell said on Tuesday the Senate would vote on a $1.1 billion Zika funding package before lawmakers leave for their summer recess, setting up a clash with Democrats over a provision on family planning clinics.

"We are going to get this done, and we are going to get it done this month," McConnell told reporters after a closed-door lunch with Republican senators.

Democrats have said they will block the measure because it bars money from going to Planned Parenthood clinics in Puerto Rico. In a statement on Tuesday, Senate Minority Leader Harry Reid said the provision was "a poison pill designed to make the bill fail."

A senior Republican aide, who asked not to be named because the vote count was not final, said at least four Democrats were expected to break with their party.

The White House has said the bill in its current form is unacceptable. White House spokesman Josh Earnest said the administration had asked for $1.9 billion in February and that Congress had "wasted months" since then.

"Every week Congress waits is a week the mosquitoes don't," Earnest said at his daily briefing.

Health officials worry that the virus could spread to Gulf Coast states by August, according to a memo circulated among Senate staff and seen by Reuters.

The Centers for Disease Control and Prevention has reported more than 1,300 cases of Zika in the continental United States, all of them linked to travel.

House Speaker Paul Ryan's office said in a statement the House would take up the Senate bill "as soon as it arrives."

It was announced on Tuesday that the Senate would also take up a defense spending bill next week.
''', '''
says || McConnell || Senate will vote on Zika funding before recess || named_person
said || Senate Majority Leader Mitch McConnell || the Senate would vote on a $1.1 billion Zika funding package before lawmakers leave for their summer recess || named_person
told || McConnell || "We are going to get this done, and we are going to get it done this month," || named_person
have said || Democrats || they will block the measure because it bars money from going to Planned Parenthood clinics in Puerto Rico || named_org
said || Senate Minority Leader Harry Reid || the provision was "a poison pill designed to make the bill fail." || named_person
said || A senior Republican aide || at least four Democrats were expected to break with their party || anonymous
has said || The White House || the bill in its current form is unacceptable || named_org
said || White House spokesman Josh Earnest || the administration had asked for $1.9 billion in February and that Congress had "wasted months" since then || named_person
said || Earnest || "Every week Congress waits is a week the mosquitoes don't," || named_person
according to || a memo circulated among Senate staff and seen by Reuters || Health officials worry that the virus could spread to Gulf Coast states by August || document
has reported || The Centers for Disease Control and Prevention || more than 1,300 cases of Zika in the continental United States, all of them linked to travel || named_org
said in a statement || House Speaker Paul Ryan's office || the House would take up the Senate bill "as soon as it arrives." || named_org
was announced || - || the Senate would also take up a defense spending bill next week || unknown
''')

art("q202", '''
Britain will not start Brexit talks this year, May's office says

LONDON (Reuters) - Britain will not trigger formal talks on leaving the European Union before the end of the year, Prime Minister Theresa May's spokeswoman said on Monday.

The spokeswoman told reporters at a regular briefing that May "has been very clear that we need time to prepare."

"We will not be rushed," May said last week, "but nor will we drag our feet."

Chancellor of the Exchequer Philip Hammond told the BBC on Sunday that the government would do "whatever is necessary" to support the economy through the transition.

In Brussels, two EU diplomats said the bloc would refuse any informal negotiations until Britain invoked Article 50 of the Lisbon Treaty. German Chancellor Angela Merkel has insisted there can be no "cherry-picking" of access to the single market.

A senior German government official, speaking on condition of anonymity because the discussions were confidential, said Berlin expected London to set out its priorities by early next year.

The Financial Times reported last week that ministers were divided over whether to seek continued membership of the customs union.

Labour leader Jeremy Corbyn said the government had "no plan whatsoever" for leaving the bloc.

A poll by ICM published on Monday showed 52 percent of Britons believe the government should take its time before starting talks. Sterling was little changed against the dollar and the euro in London trading, and the FTSE 100 index of leading shares closed slightly higher.
''', '''
says || May's office || Britain will not start Brexit talks this year || named_org
said || Prime Minister Theresa May's spokeswoman || Britain will not trigger formal talks on leaving the European Union before the end of the year || anonymous
told || The spokeswoman || May "has been very clear that we need time to prepare." || anonymous
said || May || "We will not be rushed," ++ "but nor will we drag our feet." || named_person
told || Chancellor of the Exchequer Philip Hammond || the government would do "whatever is necessary" to support the economy through the transition || named_person
said || two EU diplomats || the bloc would refuse any informal negotiations until Britain invoked Article 50 of the Lisbon Treaty || anonymous
has insisted || German Chancellor Angela Merkel || there can be no "cherry-picking" of access to the single market || named_person
said || A senior German government official || Berlin expected London to set out its priorities by early next year || anonymous
reported || The Financial Times || ministers were divided over whether to seek continued membership of the customs union || media
said || Labour leader Jeremy Corbyn || the government had "no plan whatsoever" for leaving the bloc || named_person
showed || A poll by ICM published on Monday || 52 percent of Britons believe the government should take its time before starting talks || document
''')

art("q203", '''
Trump to devote weekend to debate preparation, campaign says

NEW YORK (AP) - Republican presidential nominee Donald Trump will set aside two full days this weekend to prepare for his first debate with Democrat Hillary Clinton, campaign manager Kellyanne Conway said Wednesday.

"He takes this very seriously. He's been reading, he's been asking questions," Conway told reporters on the campaign plane.

Two people familiar with the preparations said the sessions would include a mock stage at Trump Tower and an adviser playing the role of Clinton. The people spoke on condition of anonymity because they were not authorized to discuss the campaign's internal planning.

Trump has said he does not want to "over-prepare" and risk sounding scripted.

Clinton campaign chairman John Podesta told CNN that Trump was "a showman" who should not be underestimated. Clinton spent Tuesday and Wednesday at her home in Chappaqua, New York, studying briefing books, according to a campaign aide.

A Quinnipiac University poll released Wednesday found 44 percent of likely voters expect Clinton to win the debate, compared with 37 percent who expect Trump to win.

Some Republican strategists worry that Trump's tendency to improvise could hurt him over 90 minutes.

"The format rewards discipline, and discipline has not been his strength," said Dana Whitfield, a Republican consultant in Ohio who is not working for either campaign.

The Trump campaign said in a statement that the candidate would also hold a rally in Virginia on Saturday. Clinton has no public events scheduled before Monday, when the two meet at Hofstra University on Long Island.
''', '''
says || campaign || Trump to devote weekend to debate preparation || named_org
said || campaign manager Kellyanne Conway || Republican presidential nominee Donald Trump will set aside two full days this weekend to prepare for his first debate with Democrat Hillary Clinton || named_person
told || Conway || "He takes this very seriously. He's been reading, he's been asking questions," || named_person
said || Two people familiar with the preparations || the sessions would include a mock stage at Trump Tower and an adviser playing the role of Clinton || anonymous
has said || Trump || he does not want to "over-prepare" and risk sounding scripted || named_person
told || Clinton campaign chairman John Podesta || Trump was "a showman" who should not be underestimated || named_person
according to || a campaign aide || Clinton spent Tuesday and Wednesday at her home in Chappaqua, New York, studying briefing books || anonymous
found || A Quinnipiac University poll released Wednesday || 44 percent of likely voters expect Clinton to win the debate, compared with 37 percent who expect Trump to win || document
worry || Some Republican strategists || Trump's tendency to improvise could hurt him over 90 minutes || anonymous
said || Dana Whitfield, a Republican consultant in Ohio who is not working for either campaign || "The format rewards discipline, and discipline has not been his strength," || named_person
said in a statement || The Trump campaign || the candidate would also hold a rally in Virginia on Saturday || named_org
''')

art("q204", '''
Brazil Senate sets final impeachment vote for late August

BRASILIA (Reuters) - Brazil's Senate will begin the final phase of suspended President Dilma Rousseff's impeachment trial on Aug. 25, Senate President Renan Calheiros said on Tuesday. A verdict could come within a week.

The Supreme Court's chief justice, Ricardo Lewandowski, who will preside over the trial, said the proceedings could last up to five days.

Rousseff has said the impeachment process is a coup by political rivals who could not beat her at the ballot box.

Interim President Michel Temer's chief of staff, Eliseu Padilha, told reporters the government had enough votes to remove her permanently. At least 54 of the 81 senators must vote to convict for her to be removed from office.

A Reuters tally showed 59 senators intend to vote for conviction, 19 against and three undecided.

A senator from Temer's PMDB party, who asked not to be identified because the vote count was sensitive, said several undecided senators were negotiating for government posts in return for their support.

Rousseff's lawyer, former Justice Minister Jose Eduardo Cardozo, said he would ask the Supreme Court to suspend the trial.

"There is no crime of responsibility here," Cardozo said, "only a political majority looking for a pretext."

Newspaper Folha de S.Paulo reported on Monday that Temer planned to travel to China for a Group of 20 summit immediately after the vote. Temer's office declined to comment on the report.

Investors believe a Temer government would move faster on pension reform and spending cuts, analysts said. Brazil's real strengthened 0.8 percent against the U.S. dollar on Tuesday, and the Bovespa stock index rose for a third straight session.
''', '''
said || Senate President Renan Calheiros || Brazil's Senate will begin the final phase of suspended President Dilma Rousseff's impeachment trial on Aug. 25 || named_person
said || The Supreme Court's chief justice, Ricardo Lewandowski || the proceedings could last up to five days || named_person
has said || Rousseff || the impeachment process is a coup by political rivals who could not beat her at the ballot box || named_person
told || Interim President Michel Temer's chief of staff, Eliseu Padilha || the government had enough votes to remove her permanently || named_person
showed || A Reuters tally || 59 senators intend to vote for conviction, 19 against and three undecided || document
said || A senator from Temer's PMDB party || several undecided senators were negotiating for government posts in return for their support || anonymous
said || Rousseff's lawyer, former Justice Minister Jose Eduardo Cardozo || he would ask the Supreme Court to suspend the trial || named_person
said || Cardozo || "There is no crime of responsibility here," ++ "only a political majority looking for a pretext." || named_person
reported || Newspaper Folha de S.Paulo || Temer planned to travel to China for a Group of 20 summit immediately after the vote || media
said || analysts || Investors believe a Temer government would move faster on pension reform and spending cuts || anonymous
''')

art("q205", '''
Republican chairman refers Clinton testimony to prosecutors

WASHINGTON (AP) - House Oversight Committee Chairman Jason Chaffetz said Monday he had referred Hillary Clinton's congressional testimony to the U.S. attorney for the District of Columbia for possible prosecution.

The referral letter, which was also signed by Judiciary Committee Chairman Bob Goodlatte, says Clinton's testimony about her private email server "appears to contradict" the findings of the FBI.

FBI Director James Comey told the committee last week that Clinton and her aides had been "extremely careless" with classified information but that no reasonable prosecutor would bring charges. According to the FBI, about 110 emails on the server contained information that was classified at the time it was sent.

Clinton campaign spokesman Brian Fallon said the request was "a desperate attempt to keep a closed case in the headlines."

"Republicans have spent millions of taxpayer dollars on this," Fallon said in a statement. "Voters are tired of it."

A Justice Department spokesman confirmed the office had received the letter but declined to comment further.

Rep. Elijah Cummings, the committee's top Democrat, argued that the referral was designed to damage Clinton ahead of the party conventions. He noted that the committee had already held four hearings on the email server this year.

Chaffetz told Fox News he expected an answer from prosecutors within weeks.

An NBC News/Wall Street Journal poll conducted last week found 56 percent of voters disapproved of the FBI's decision not to recommend charges. Clinton's lead over Republican Donald Trump in national polls has narrowed since early July.
''', '''
said || House Oversight Committee Chairman Jason Chaffetz || he had referred Hillary Clinton's congressional testimony to the U.S. attorney for the District of Columbia for possible prosecution || named_person
says || The referral letter || Clinton's testimony about her private email server "appears to contradict" the findings of the FBI || document
told || FBI Director James Comey || Clinton and her aides had been "extremely careless" with classified information but that no reasonable prosecutor would bring charges || named_person
According to || the FBI @@ According to the FBI, about || about 110 emails on the server contained information that was classified at the time it was sent || named_org
said || Clinton campaign spokesman Brian Fallon || the request was "a desperate attempt to keep a closed case in the headlines." || named_person
said in a statement || Fallon || "Republicans have spent millions of taxpayer dollars on this," ++ "Voters are tired of it." || named_person
confirmed || A Justice Department spokesman || the office had received the letter || anonymous
argued || Rep. Elijah Cummings, the committee's top Democrat || the referral was designed to damage Clinton ahead of the party conventions || named_person
noted || He || the committee had already held four hearings on the email server this year || named_person
told || Chaffetz || he expected an answer from prosecutors within weeks || named_person
found || An NBC News/Wall Street Journal poll conducted last week || 56 percent of voters disapproved of the FBI's decision not to recommend charges || document
''')

art("q206", '''
McCrory says he will not call session to repeal HB2

RALEIGH, N.C. (AP) - North Carolina Gov. Pat McCrory said Thursday he would not call a special legislative session to repeal the state's law limiting bathroom access for transgender people.

"The law is not going anywhere until the courts tell us otherwise," McCrory told reporters in Raleigh.

The decision came hours after the NBA said it would move the 2017 All-Star Game out of Charlotte. League Commissioner Adam Silver said in a statement the decision was made because of "the climate created by HB2."

Attorney General Roy Cooper, McCrory's Democratic challenger in November, said the law had cost the state "hundreds of millions of dollars" and thousands of jobs.

Business leaders in Charlotte fear more events could be lost, according to the Charlotte Chamber of Commerce.

A Republican legislative leader, who spoke on condition of anonymity because negotiations with the city were ongoing, said lawmakers might consider changes if Charlotte repealed its own nondiscrimination ordinance first.

The Charlotte Observer reported that at least two other conventions had canceled bookings since the law was passed in March.

A Public Policy Polling survey released last month showed 58 percent of North Carolina voters think the law has hurt the state's economy.

McCrory's campaign said the governor remained confident that voters would side with him. The race between McCrory and Cooper is one of the most closely watched governor's contests in the country, and both candidates have raised record sums.
''', '''
says || McCrory || he will not call session to repeal HB2 || named_person
said || North Carolina Gov. Pat McCrory || he would not call a special legislative session to repeal the state's law limiting bathroom access for transgender people || named_person
told || McCrory || "The law is not going anywhere until the courts tell us otherwise," || named_person
said || the NBA || it would move the 2017 All-Star Game out of Charlotte || named_org
said in a statement || League Commissioner Adam Silver || the decision was made because of "the climate created by HB2." || named_person
said || Attorney General Roy Cooper, McCrory's Democratic challenger in November || the law had cost the state "hundreds of millions of dollars" and thousands of jobs || named_person
according to || the Charlotte Chamber of Commerce || Business leaders in Charlotte fear more events could be lost || named_org
said || A Republican legislative leader || lawmakers might consider changes if Charlotte repealed its own nondiscrimination ordinance first || anonymous
reported || The Charlotte Observer || at least two other conventions had canceled bookings since the law was passed in March || media
showed || A Public Policy Polling survey released last month || 58 percent of North Carolina voters think the law has hurt the state's economy || document
said || McCrory's campaign || the governor remained confident that voters would side with him || named_org
''')

art("q207", '''
Obama to push Pacific trade deal after election, White House says

WASHINGTON (Reuters) - President Barack Obama will press Congress to approve the Trans-Pacific Partnership trade deal after the Nov. 8 election, White House spokesman Josh Earnest said on Monday.

Earnest told reporters the president believed the agreement "has a path" to passage in the lame-duck session of Congress.

Both Hillary Clinton and Donald Trump have said they oppose the 12-nation pact, and Senate Majority Leader Mitch McConnell told a Kentucky business group last month that it would not come up for a vote this year.

A senior administration official, speaking on condition of anonymity to discuss private conversations, said Obama had spoken by phone with more than a dozen lawmakers in recent weeks.

"He's making the case one member at a time," the official said.

Labor unions and environmental groups say the deal would cost American jobs and weaken environmental protections. In a statement on Monday, the AFL-CIO said it would "mobilize every member" to defeat the agreement.

A study released in the spring by the U.S. International Trade Commission projected the pact would raise U.S. economic output by 0.15 percent by 2032.

Japanese Prime Minister Shinzo Abe has warned that a delay would hand China the initiative in Asia. Japan's lower house of parliament began debating the deal last week, and Abe's governing coalition holds a comfortable majority in both chambers.

The agreement, signed in February by the United States and 11 other countries around the Pacific Rim, cannot take effect without approval from Washington.
''', '''
says || White House || Obama to push Pacific trade deal after election || named_org
said || White House spokesman Josh Earnest || President Barack Obama will press Congress to approve the Trans-Pacific Partnership trade deal after the Nov. 8 election || named_person
told || Earnest || the president believed the agreement "has a path" to passage in the lame-duck session of Congress || named_person
have said || Both Hillary Clinton and Donald Trump || they oppose the 12-nation pact || named_person
told || Senate Majority Leader Mitch McConnell || it would not come up for a vote this year || named_person
said || A senior administration official || Obama had spoken by phone with more than a dozen lawmakers in recent weeks || anonymous
said || the official || "He's making the case one member at a time," || anonymous
say || Labor unions and environmental groups || the deal would cost American jobs and weaken environmental protections || anonymous
said || the AFL-CIO || it would "mobilize every member" to defeat the agreement || named_org
projected || A study released in the spring by the U.S. International Trade Commission || the pact would raise U.S. economic output by 0.15 percent by 2032 || document
has warned || Japanese Prime Minister Shinzo Abe || a delay would hand China the initiative in Asia || named_person
''')

# --------------------------------------------------------------------------
# Curly-quote half: q208 - q214
# --------------------------------------------------------------------------

art("q208", '''
U.S., Russia agree on plan to restore Syria truce

GENEVA (Reuters) - The United States and Russia have agreed on a plan to restore a ceasefire in Syria, U.S. Secretary of State John Kerry said early on Saturday after more than 13 hours of talks in Geneva.

“Today, the United States and Russia are announcing a plan which we hope can reduce violence,” Kerry told a news conference with Russian Foreign Minister Sergei Lavrov.

Lavrov said the Syrian government had been informed of the plan and was ready to comply.

The two countries would set up a joint center to coordinate air strikes against Islamist militants, according to a copy of the agreement seen by Reuters.

A senior State Department official, who briefed reporters on condition of anonymity under ground rules set by the department, said the truce would take effect at sundown on Monday. The official said Washington remained skeptical that Moscow could restrain Syrian President Bashar al-Assad.

Pentagon officials have privately voiced doubts about sharing intelligence with Russia, according to two U.S. officials.

Syrian opposition groups said they had not been consulted. Samir Haddad, a member of the opposition’s High Negotiations Committee, told Reuters the group would study the agreement but “does not trust” Russia’s commitment.

Syria’s state news agency SANA said the government had approved the agreement.

The Syrian Observatory for Human Rights, a British-based monitoring group, reported on Friday that air strikes had hit rebel-held areas of Aleppo and Idlib. A previous truce brokered by Washington and Moscow in February collapsed within weeks.
''', '''
said || U.S. Secretary of State John Kerry || The United States and Russia have agreed on a plan to restore a ceasefire in Syria || named_person
told || Kerry || “Today, the United States and Russia are announcing a plan which we hope can reduce violence,” || named_person
said || Lavrov || the Syrian government had been informed of the plan and was ready to comply || named_person
according to || a copy of the agreement seen by Reuters || The two countries would set up a joint center to coordinate air strikes against Islamist militants || document
said || A senior State Department official || the truce would take effect at sundown on Monday || anonymous
said || The official || Washington remained skeptical that Moscow could restrain Syrian President Bashar al-Assad || anonymous
according to || two U.S. officials || Pentagon officials have privately voiced doubts about sharing intelligence with Russia || anonymous
said || Syrian opposition groups || they had not been consulted || anonymous
told || Samir Haddad, a member of the opposition’s High Negotiations Committee || the group would study the agreement but “does not trust” Russia’s commitment || named_person
said || Syria’s state news agency SANA || the government had approved the agreement || media
reported || The Syrian Observatory for Human Rights, a British-based monitoring group || air strikes had hit rebel-held areas of Aleppo and Idlib || named_org
''')

art("q209", '''
Pence says he won debate against Kaine

HARRISONBURG, Va. (AP) — Republican vice presidential nominee Mike Pence said on Wednesday he had “won the night” in his debate with Democrat Tim Kaine, a day after the two running mates met in Farmville.

“I think people saw a clear choice last night,” Pence told supporters at a rally in Harrisonburg.

Kaine’s aides said the Virginia senator had done what he set out to do: force Pence to defend Trump’s record.

Trump tweeted that Pence had been “outstanding” and that “everyone agrees.”

A CNN/ORC poll of debate watchers found 48 percent thought Pence had won, compared with 42 percent for Kaine.

Democrats said Pence had repeatedly denied statements Trump had made on camera. Clinton campaign manager Robby Mook told reporters on a conference call that Pence had spent the debate “running away from his own running mate.”

Some Republican donors worry that Pence’s strong showing will fuel talk of a 2020 bid if Trump loses, according to two party fundraisers. “That conversation is already happening,” said one of the fundraisers, who spoke on condition of anonymity to discuss private conversations.

The Washington Post reported, citing three people close to the campaign, that Trump had been unhappy with Pence’s refusal to defend some of his remarks. Trump campaign spokesman Jason Miller said the report was “totally false.”

The two presidential nominees meet for their second debate on Sunday in St. Louis.
''', '''
says || Pence || he won debate against Kaine || named_person
said || Republican vice presidential nominee Mike Pence || he had “won the night” in his debate with Democrat Tim Kaine || named_person
told || Pence || “I think people saw a clear choice last night,” || named_person
said || Kaine’s aides || the Virginia senator had done what he set out to do: force Pence to defend Trump’s record || anonymous
tweeted || Trump || Pence had been “outstanding” and that “everyone agrees.” || named_person
found || A CNN/ORC poll of debate watchers || 48 percent thought Pence had won, compared with 42 percent for Kaine || document
said || Democrats || Pence had repeatedly denied statements Trump had made on camera || named_org
told || Clinton campaign manager Robby Mook || Pence had spent the debate “running away from his own running mate.” || named_person
according to || two party fundraisers || Some Republican donors worry that Pence’s strong showing will fuel talk of a 2020 bid if Trump loses || anonymous
said || one of the fundraisers || “That conversation is already happening,” || anonymous
reported || The Washington Post || Trump had been unhappy with Pence’s refusal to defend some of his remarks || media
citing || The Washington Post || three people close to the campaign || media
said || Trump campaign spokesman Jason Miller || the report was “totally false.” || named_person
''')

art("q210", '''
Grassley says no Garland hearings before election

WASHINGTON (Reuters) - Senate Republicans will not hold hearings on Merrick Garland’s nomination to the Supreme Court before the Nov. 8 election, Senate Judiciary Committee Chairman Chuck Grassley said on Thursday.

“The American people should have a voice in this decision,” Grassley told Iowa reporters on a conference call.

The White House said Republicans were ignoring their constitutional duty. “It’s been more than 200 days,” White House press secretary Josh Earnest said. “No nominee in history has waited this long.”

Several Republican senators facing tough re-election races have met with Garland, and two of them have said he deserves a hearing.

Senate Majority Leader Mitch McConnell has said the next president should fill the vacancy left by the death of Justice Antonin Scalia in February. McConnell’s office said in a statement on Thursday that his position “has not changed and will not change.”

Legal experts say the eight-member court has avoided taking on major cases that could end in a 4-4 tie.

A Gallup poll released in August found 63 percent of Americans want the Senate to vote on Garland.

Politico reported on Wednesday that some Republicans were discussing whether to confirm Garland in the lame-duck session if Democrat Hillary Clinton wins the presidency. A Senate Republican aide, who was not authorized to speak publicly, said no such discussions had taken place.
''', '''
says || Grassley || no Garland hearings before election || named_person
said || Senate Judiciary Committee Chairman Chuck Grassley || Senate Republicans will not hold hearings on Merrick Garland’s nomination to the Supreme Court before the Nov. 8 election || named_person
told || Grassley || “The American people should have a voice in this decision,” || named_person
said || The White House || Republicans were ignoring their constitutional duty || named_org
said || White House press secretary Josh Earnest || “It’s been more than 200 days,” ++ “No nominee in history has waited this long.” || named_person
have said || two of them || he deserves a hearing || anonymous
has said || Senate Majority Leader Mitch McConnell || the next president should fill the vacancy left by the death of Justice Antonin Scalia in February || named_person
said in a statement || McConnell’s office || his position “has not changed and will not change.” || named_org
say || Legal experts || the eight-member court has avoided taking on major cases that could end in a 4-4 tie || anonymous
found || A Gallup poll released in August || 63 percent of Americans want the Senate to vote on Garland || document
reported || Politico || some Republicans were discussing whether to confirm Garland in the lame-duck session if Democrat Hillary Clinton wins the presidency || media
said || A Senate Republican aide || no such discussions had taken place || anonymous
''')

art("q211", '''
Turkey detains thousands after failed coup

ANKARA (Reuters) - Turkish authorities have detained more than 6,000 people following a failed military coup, Justice Minister Bekir Bozdag said on Sunday.

President Tayyip Erdogan told crowds outside his Istanbul home that parliament would consider a proposal to restore the death penalty.

“We cannot delay this any longer,” Erdogan said. “In democracies, the will of the people is what counts.”

Erdogan has said the plot was organized by followers of U.S.-based cleric Fethullah Gulen. Gulen, who lives in self-imposed exile in Pennsylvania, said in a statement that he condemned the attempt “in the strongest terms.”

U.S. Secretary of State John Kerry said Washington would consider any extradition request but that Turkey would have to present evidence.

Two senior Turkish officials told Reuters the government would formally request Gulen’s extradition within days. One of the officials, who asked not to be named because the request was still being drafted, said evidence had been gathered from detained officers.

European Union foreign policy chief Federica Mogherini warned that reinstating capital punishment would end Turkey’s bid to join the bloc.

Turkish broadcaster NTV reported that 2,745 judges had been removed from their posts.

Many Turks believe the crackdown is justified, and thousands rallied in Istanbul’s Taksim Square on Sunday night waving national flags. At least 290 people were killed in the violence on Friday night, when rebel soldiers seized bridges in Istanbul and bombed the parliament building in Ankara.
''', '''
said || Justice Minister Bekir Bozdag || Turkish authorities have detained more than 6,000 people following a failed military coup || named_person
told || President Tayyip Erdogan || parliament would consider a proposal to restore the death penalty || named_person
said || Erdogan || “We cannot delay this any longer,” ++ “In democracies, the will of the people is what counts.” || named_person
has said || Erdogan || the plot was organized by followers of U.S.-based cleric Fethullah Gulen || named_person
said in a statement || Gulen @@ Gulen, who lives || he condemned the attempt “in the strongest terms.” || named_person
said || U.S. Secretary of State John Kerry || Washington would consider any extradition request but that Turkey would have to present evidence || named_person
told || Two senior Turkish officials || the government would formally request Gulen’s extradition within days || anonymous
said || One of the officials || evidence had been gathered from detained officers || anonymous
warned || European Union foreign policy chief Federica Mogherini || reinstating capital punishment would end Turkey’s bid to join the bloc || named_person
reported || Turkish broadcaster NTV || 2,745 judges had been removed from their posts || media
believe || Many Turks || the crackdown is justified || anonymous
''')

art("q212", '''
Ryan tells House Republicans he will no longer defend Trump

WASHINGTON (AP) — House Speaker Paul Ryan told Republican lawmakers on Monday that he would no longer defend Donald Trump or campaign with him, according to two people who were on the conference call.

Ryan’s spokeswoman, AshLee Strong, said the speaker would spend the next month “focused entirely on protecting our majorities.”

Trump tweeted that Ryan was “a weak speaker who has lost control of his party.” “I never needed his help,” Trump wrote in a later post, “and I don’t need it now.”

Republican National Committee Chairman Reince Priebus said the party remained fully behind its nominee. The call lasted about 30 minutes, a participant said.

Rep. Dana Rohrabacher of California told reporters that Ryan’s move was “a betrayal” of Republican voters.

A senior Republican aide, who spoke on condition of anonymity because he was not authorized to discuss internal deliberations, said Ryan had made the decision over the weekend after watching the video of Trump’s remarks about women.

House Democratic leader Nancy Pelosi said Ryan’s decision came “too little, too late.”

A new forecast from the University of Virginia’s Center for Politics projected Democrats would gain 10 to 15 House seats. They need 30 for a majority.

It was announced later on Monday that Ryan would hold a news conference in Janesville, Wisconsin, on Tuesday.

The Trump campaign did not respond to a request for comment.
''', '''
tells || Ryan || he will no longer defend Trump || named_person
according to || two people who were on the conference call || House Speaker Paul Ryan told Republican lawmakers on Monday that he would no longer defend Donald Trump or campaign with him || anonymous
said || Ryan’s spokeswoman, AshLee Strong || the speaker would spend the next month “focused entirely on protecting our majorities.” || named_person
tweeted || Trump || Ryan was “a weak speaker who has lost control of his party.” || named_person
wrote || Trump || “I never needed his help,” ++ “and I don’t need it now.” || named_person
said || Republican National Committee Chairman Reince Priebus || the party remained fully behind its nominee || named_person
said || a participant || The call lasted about 30 minutes || anonymous
told || Rep. Dana Rohrabacher of California || Ryan’s move was “a betrayal” of Republican voters || named_person
said || A senior Republican aide || Ryan had made the decision over the weekend after watching the video of Trump’s remarks about women || anonymous
said || House Democratic leader Nancy Pelosi || Ryan’s decision came “too little, too late.” || named_person
projected || A new forecast from the University of Virginia’s Center for Politics || Democrats would gain 10 to 15 House seats || document
was announced || - || Ryan would hold a news conference in Janesville, Wisconsin, on Tuesday || unknown
''')

art("q213", '''
Duterte says joint exercises with U.S. will be the last

MANILA (Reuters) - Philippine President Rodrigo Duterte said on Wednesday he would end joint military exercises with the United States after this year, his latest broadside against Manila’s longtime ally.

“This will be the last one,” Duterte told members of the Filipino community during a visit to Hanoi.

Defense Secretary Delfin Lorenzana told reporters in Manila that the military had not received any order to cancel the exercises. A Philippine military official, speaking on condition of anonymity because he was not authorized to talk to the media, said commanders were “confused” by the president’s remarks.

The U.S. State Department said it had not been formally notified of any change. “We remain committed to our alliance with the Philippines,” State Department spokesman John Kirby said at a briefing in Washington.

Duterte has said the United States treats the Philippines “like a little brother on a leash.”

Analysts said Duterte’s rhetoric was aimed partly at a domestic audience. A Social Weather Stations survey released last week showed 76 percent of Filipinos were satisfied with Duterte’s performance.

According to the Philippine Statistics Authority, remittances from Filipinos in the United States totaled $8.5 billion last year.

China’s Global Times newspaper said Manila was “finally finding its own path.”

About 28,000 U.S. troops took part in joint drills in the Philippines this year, and American warships regularly call at Subic Bay.
''', '''
says || Duterte || joint exercises with U.S. will be the last || named_person
said || Philippine President Rodrigo Duterte || he would end joint military exercises with the United States after this year || named_person
told || Duterte || “This will be the last one,” || named_person
told || Defense Secretary Delfin Lorenzana || the military had not received any order to cancel the exercises || named_person
said || A Philippine military official || commanders were “confused” by the president’s remarks || anonymous
said || The U.S. State Department || it had not been formally notified of any change || named_org
said || State Department spokesman John Kirby || “We remain committed to our alliance with the Philippines,” || named_person
has said || Duterte || the United States treats the Philippines “like a little brother on a leash.” || named_person
said || Analysts || Duterte’s rhetoric was aimed partly at a domestic audience || anonymous
showed || A Social Weather Stations survey released last week || 76 percent of Filipinos were satisfied with Duterte’s performance || document
According to || the Philippine Statistics Authority || remittances from Filipinos in the United States totaled $8.5 billion last year || named_org
said || China’s Global Times newspaper || Manila was “finally finding its own path.” || media
''')

art("q214", '''
Kansas governor calls special session after school funding ruling

TOPEKA, Kan. (AP) — Kansas Gov. Sam Brownback said on Friday he would call lawmakers back to Topeka for a special session on school funding.

The Kansas Supreme Court ruled on Thursday that the state’s formula for distributing aid to poorer districts violated the state constitution. In its 4-1 decision, the court said schools could be closed on July 1 if lawmakers failed to act.

“This ruling puts our children’s education at risk,” Brownback said in a statement. “I will not allow our schools to close.”

Senate President Susan Wagle, a Wichita Republican, said the court had “overstepped its bounds.”

Martin Keller, a lawyer for the districts that sued the state, told The Associated Press that the ruling was “a victory for every child in Kansas.”

School finance experts estimate that fixing the formula would cost about $38 million. Some conservative lawmakers argue that the court should not have the power to close schools.

A Democratic legislator, who asked not to be identified because caucus talks were private, said at least a dozen Republicans would support a tax increase to pay for the fix.

According to the Kansas Department of Revenue, state tax collections fell $53 million short of estimates in April.

The Kansas City Star reported on Friday that Brownback’s office had asked state agencies to prepare for further cuts. The state has cut spending repeatedly since 2012, when Brownback signed large income tax reductions into law.
''', '''
said || Kansas Gov. Sam Brownback || he would call lawmakers back to Topeka for a special session on school funding || named_person
ruled || The Kansas Supreme Court || the state’s formula for distributing aid to poorer districts violated the state constitution || named_org
said || the court || schools could be closed on July 1 if lawmakers failed to act || named_org
said in a statement || Brownback || “This ruling puts our children’s education at risk,” ++ “I will not allow our schools to close.” || named_person
said || Senate President Susan Wagle, a Wichita Republican || the court had “overstepped its bounds.” || named_person
told || Martin Keller, a lawyer for the districts that sued the state || the ruling was “a victory for every child in Kansas.” || named_person
estimate || School finance experts || fixing the formula would cost about $38 million || anonymous
argue || Some conservative lawmakers || the court should not have the power to close schools || anonymous
said || A Democratic legislator || at least a dozen Republicans would support a tax increase to pay for the fix || anonymous
According to || the Kansas Department of Revenue || state tax collections fell $53 million short of estimates in April || named_org
reported || The Kansas City Star || Brownback’s office had asked state agencies to prepare for further cuts || media
''')


# --------------------------------------------------------------------------
# Span finding
# --------------------------------------------------------------------------

def _pattern(s):
    p = re.escape(s)
    if re.match(r"\w", s[0]):
        p = r"(?<!\w)" + p
    if re.match(r"\w", s[-1]):
        p = p + r"(?!\w)"
    return re.compile(p)


def find_all(text, s, lo=0, hi=None):
    hi = len(text) if hi is None else hi
    return [(m.start(), m.end()) for m in _pattern(s).finditer(text, lo, hi)]


def split_ctx(field):
    if " @@ " in field:
        span, ctx = field.split(" @@ ", 1)
        return span.strip(), ctx.strip()
    return field.strip(), None


def locate_in_ctx(text, span, ctx, doc_id):
    n = text.count(ctx)
    assert n == 1, f"{doc_id}: context {ctx!r} occurs {n} times"
    c0 = text.index(ctx)
    hits = find_all(text, span, c0, c0 + len(ctx))
    assert len(hits) == 1, f"{doc_id}: span {span!r} occurs {len(hits)} times in context {ctx!r}"
    return hits[0]


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def gap(a, b):
    return max(0, a[0] - b[1], b[0] - a[1])


def nearest(text, span, anchors, avoid, doc_id, what):
    cands = [h for h in find_all(text, span) if not any(overlaps(h, x) for x in avoid)]
    assert cands, f"{doc_id}: no candidate for {what} {span!r}"
    scored = sorted((min(gap(h, a) for a in anchors), h) for h in cands)
    if len(scored) > 1:
        assert scored[0][0] != scored[1][0], f"{doc_id}: tie for {what} {span!r}: {scored[:2]}"
    return scored[0][1]


def mk(text, se):
    return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]}


def parse_line(line, text, doc_id):
    parts = [p.strip() for p in line.split(" || ")]
    assert len(parts) == 4, f"{doc_id}: bad line {line!r}"
    cue_f, src_f, cont_f, typ = parts
    assert typ in TYPES, f"{doc_id}: bad type {typ!r}"
    # content
    frags = []
    for frag_f in cont_f.split(" ++ "):
        span, ctx = split_ctx(frag_f)
        if ctx:
            frags.append(locate_in_ctx(text, span, ctx, doc_id))
        else:
            hits = find_all(text, span)
            assert len(hits) == 1, f"{doc_id}: content {span!r} occurs {len(hits)} times"
            frags.append(hits[0])
    frags.sort()
    # cue
    span, ctx = split_ctx(cue_f)
    if ctx:
        cue = locate_in_ctx(text, span, ctx, doc_id)
    else:
        cue = nearest(text, span, frags, frags, doc_id, "cue")
    assert not any(overlaps(cue, f) for f in frags), f"{doc_id}: cue overlaps content"
    # source
    src = None
    if src_f != "-":
        span, ctx = split_ctx(src_f)
        if ctx:
            src = locate_in_ctx(text, span, ctx, doc_id)
        else:
            src = nearest(text, span, [cue], frags + [cue], doc_id, "source")
        assert not overlaps(src, cue) and not any(overlaps(src, f) for f in frags)
    else:
        assert typ == "unknown", f"{doc_id}: null source must be unknown"
    content = {"start": frags[0][0], "end": frags[-1][1], "text": text[frags[0][0]:frags[-1][1]]}
    if len(frags) > 1:
        content["fragments"] = [list(f) for f in frags]
    rec = {"cue": mk(text, cue), "source": mk(text, src) if src else None,
           "content": content, "source_type": typ}
    return rec


def check_conventions(rec, doc_id):
    c = rec["content"]["text"]
    assert not c.lower().startswith("that "), f"{doc_id}: content starts with 'that': {c!r}"
    if c.endswith("."):
        raise AssertionError(f"{doc_id}: content ends with period outside quotes: {c!r}")
    if rec["source"]:
        s = rec["source"]["text"]
        assert not s.endswith(",") and s == s.strip(), f"{doc_id}: bad source edge {s!r}"
    cue = rec["cue"]["text"]
    assert cue == cue.strip()


def build():
    records = []
    for i, (doc_id, text, ann) in enumerate(ARTICLES):
        # quote style: first half straight, second half curly
        if i < len(ARTICLES) // 2:
            assert not any(ch in text for ch in "“”‘’"), f"{doc_id}: curly quote in straight half"
        else:
            assert '"' not in text and "'" not in text, f"{doc_id}: straight quote in curly half"
        lines = text.split("\n")
        assert lines[1] == "" and lines[0].strip(), f"{doc_id}: headline + blank line expected"
        assert "\n\n\n" not in text
        nwords = len(text.split())
        assert 200 <= nwords <= 350, f"{doc_id}: {nwords} words"
        atts = []
        for line in ann.split("\n"):
            if not line.strip():
                continue
            rec = parse_line(line, text, doc_id)
            check_conventions(rec, doc_id)
            atts.append(rec)
        assert 8 <= len(atts) <= 14, f"{doc_id}: {len(atts)} attributions"
        atts.sort(key=lambda a: a["cue"]["start"])
        # every span must match its text
        for a in atts:
            for k in ("cue", "source", "content"):
                sp = a[k]
                if sp is None:
                    continue
                assert text[sp["start"]:sp["end"]] == sp["text"]
            for s, e in a["content"].get("fragments", []):
                assert 0 <= s < e <= len(text)
        # no two attributions share a cue span
        cues = [(a["cue"]["start"], a["cue"]["end"]) for a in atts]
        assert len(cues) == len(set(cues)), f"{doc_id}: duplicate cue span"
        records.append({"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts})
    assert len(records) == 14
    assert [r["doc_id"] for r in records] == [f"q{201 + i}" for i in range(14)]
    return records


def show(records):
    """Print every attribution with its surroundings, for checking by eye."""
    for r in records:
        t = r["text"]
        print(f"=== {r['doc_id']}  ({len(t.split())} words, {len(r['attributions'])} attributions)")
        for a in r["attributions"]:
            def ctx(sp, w=30, t=t):
                s, e = sp["start"], sp["end"]
                return (t[max(0, s - w):s] + "[[" + t[s:e] + "]]" + t[e:e + w]).replace("\n", " / ")
            print(f"  CUE  {ctx(a['cue'])}")
            print(f"  SRC  {ctx(a['source']) if a['source'] else None}   -> {a['source_type']}")
            frs = a["content"].get("fragments")
            if frs:
                print("  CON  " + " ## ".join(t[s:e] for s, e in frs))
            else:
                print(f"  CON  {a['content']['text']}")
            print()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind48.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
