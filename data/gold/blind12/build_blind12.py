#!/usr/bin/env python3
"""Build ``blind12.jsonl``: the twelfth batch of blind test articles (session 15).

14 invented economy, business and budget stories of 2016 (companies and their spokespeople, named
and unnamed economists and analysts, the Congressional Budget Office, lawmakers described by role),
written and annotated by a helper session that never read claimtrace's code, tests or data; see
NOTES.md. Scored on arrival, then read for errors.

Usage: ``python data/gold/blind12/build_blind12.py [--check]`` (``--check``: exit 1 if
blind12.jsonl is stale).

Every article and every quote here is invented. Offsets are computed, never typed.

Annotation line format (one attribution per line):

    CUE || SOURCE || CONTENT || TYPE

* SOURCE is "-" when the article gives no source (type is then "unknown").
* CONTENT with several fragments (a quote split by the cue) separates them with " ## ".
* Any of CUE / SOURCE / CONTENT fragment may be written "STRING@@CONTEXT": CONTEXT must
  occur exactly once in the text and contain STRING; the span is the first STRING in it.
* Without a context:
    - a content fragment must occur exactly once in the text;
    - the cue is the occurrence nearest to the content (outside the content);
    - the source is the occurrence nearest to the cue (outside cue and content).
  A tie in distance is an error.  Matches respect word boundaries.
* Cue, source and content must lie in the same paragraph (checked).
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}

ARTICLES = []


def art(doc_id, text, ann):
    ARTICLES.append((doc_id, text.strip("\n"), ann))


# ---------------------------------------------------------------------------
# m01-m07: straight quotes
# ---------------------------------------------------------------------------

art("m01", """
Trump says Carrier deal will keep 1,000 jobs in Indiana

INDIANAPOLIS - President-elect Donald J. Trump said on Tuesday that he had reached a deal with Carrier to keep about 1,000 jobs at the company's furnace plant here. His aides said the agreement was proof that he would bargain hard for American workers.

In a statement, Carrier said it had "reached an agreement with the incoming Trump-Pence administration" and that incentives offered by the state of Indiana were "an important consideration." The company did not say how much the incentives were worth.

Gov. Mike Pence, the vice president-elect, told reporters at the Statehouse that the state would provide about $7 million in tax breaks over 10 years. "This is what happens when you have leaders who pick up the phone," Mr. Pence said.

But the deal does not cover about 700 jobs at a United Technologies plant in Huntington, Ind., which will still move to Mexico, according to the company. United Technologies, Carrier's parent, holds billions of dollars in federal defense contracts, and some analysts said the company had little choice but to accommodate the incoming president.

Ray Delgado, president of the steelworkers local that represents the Indianapolis plant, said his members were relieved but wary. "We're glad for the people who get to stay," he said. "But nobody has told us what happens in two years."

Democrats said the arrangement set a troubling precedent. Senator Bernie Sanders of Vermont wrote in The Washington Post that Mr. Trump had "endangered the jobs of workers" by signaling that companies could be rewarded for threatening to leave.

Economists say the number of jobs involved is small in an economy that adds roughly 180,000 positions a month. The symbolism is what matters, said Laura Kettering, an economist at Ball State University.

Mr. Trump believes the deal will persuade other companies to keep jobs at home, according to a transition official. The official was not authorized to discuss the president-elect's plans publicly. Mr. Trump is scheduled to visit the plant on Thursday.
""", """
says || Trump || Carrier deal will keep 1,000 jobs in Indiana || named_person
said || President-elect Donald J. Trump || he had reached a deal with Carrier to keep about 1,000 jobs at the company's furnace plant here || named_person
said || His aides || the agreement was proof that he would bargain hard for American workers || anonymous
said || Carrier || it had "reached an agreement with the incoming Trump-Pence administration" and that incentives offered by the state of Indiana were "an important consideration." || named_org
told || Gov. Mike Pence, the vice president-elect || the state would provide about $7 million in tax breaks over 10 years || named_person
said || Mr. Pence || "This is what happens when you have leaders who pick up the phone," || named_person
according to || the company || the deal does not cover about 700 jobs at a United Technologies plant in Huntington, Ind., which will still move to Mexico || named_org
said || some analysts || the company had little choice but to accommodate the incoming president || anonymous
said || Ray Delgado, president of the steelworkers local that represents the Indianapolis plant || his members were relieved but wary || named_person
said || he || "We're glad for the people who get to stay," ## "But nobody has told us what happens in two years." || named_person
said || Democrats || the arrangement set a troubling precedent || named_org
wrote || Senator Bernie Sanders of Vermont || Mr. Trump had "endangered the jobs of workers" by signaling that companies could be rewarded for threatening to leave || named_person
say || Economists || the number of jobs involved is small in an economy that adds roughly 180,000 positions a month || anonymous
said || Laura Kettering, an economist at Ball State University || The symbolism is what matters || named_person
according to || a transition official || Mr. Trump believes the deal will persuade other companies to keep jobs at home || anonymous
""")

art("m02", """
Fed holds rates steady but signals an increase is coming

WASHINGTON - The Federal Reserve left its benchmark interest rate unchanged on Wednesday, but officials signaled that they expected to raise it before the end of the year as the labor market continues to strengthen.

"The case for an increase in the federal funds rate has strengthened," the Fed's policy-making committee said in a statement released after its two-day meeting. Three of the committee's 10 voting members dissented.

At a news conference, Janet L. Yellen, the Fed chair, said the decision was "a close call" but that the committee wanted to see "further evidence" of progress toward its goals. "We judged that the economy still had some room to run," she said.

Ms. Yellen also pushed back against criticism from Donald J. Trump. The Republican nominee has said the Fed is keeping rates low to help President Obama. "Partisan politics play no role in our decisions," she told reporters.

Markets took the decision in stride. Investors had largely expected the Fed to wait, according to futures prices tracked by CME Group.

"The Fed is telling us December is very much in play," said Ellen Marquardt, chief economist at Harborview Capital in Chicago. She said a stronger-than-expected jobs report in October would likely seal the decision.

Some economists worry that the Fed has waited too long. Others argue that inflation remains too weak to justify any increase. A Wall Street Journal survey of forecasters published this month found that 61 percent expected a move in December.

The White House declined to comment on the decision. Josh Earnest, the press secretary, said only that the president "respects the independence of the Fed."

The next meeting of the committee ends on Nov. 2, six days before the presidential election, and few analysts expect any action then.
""", """
signals || Fed || an increase is coming || named_org
signaled || officials || they expected to raise it before the end of the year as the labor market continues to strengthen || anonymous
said in a statement || the Fed's policy-making committee || "The case for an increase in the federal funds rate has strengthened," || named_org
said || Janet L. Yellen, the Fed chair || the decision was "a close call" but that the committee wanted to see "further evidence" of progress toward its goals || named_person
said || she || "We judged that the economy still had some room to run," || named_person
has said || The Republican nominee || the Fed is keeping rates low to help President Obama || named_person
told || she || "Partisan politics play no role in our decisions," || named_person
according to || futures prices tracked by CME Group || Investors had largely expected the Fed to wait || document
said || Ellen Marquardt, chief economist at Harborview Capital in Chicago || "The Fed is telling us December is very much in play," || named_person
said || She || a stronger-than-expected jobs report in October would likely seal the decision || named_person
worry || Some economists || the Fed has waited too long || anonymous
argue || Others || inflation remains too weak to justify any increase || anonymous
found || A Wall Street Journal survey of forecasters published this month || 61 percent expected a move in December || document
said || Josh Earnest, the press secretary || the president "respects the independence of the Fed." || named_person
expect || few analysts || any action then || anonymous
""")

art("m03", """
Economy added 287,000 jobs in June, Labor Dept. says

WASHINGTON - Employers added 287,000 jobs in June, the Labor Department reported on Friday, a sharp rebound from a dismal May.

The unemployment rate rose to 4.9 percent from 4.7 percent as more people started looking for work, the report showed.

"This is a very reassuring number," said Mark Zandi, chief economist at Moody's Analytics. "The May report was a head fake, not a turning point."

Economists surveyed by Bloomberg had expected a gain of about 175,000 jobs. Average hourly earnings rose 2.6 percent from a year earlier, according to the department. Many economists consider a 3.5 percent pace a sign of a healthy labor market.

"Under President Obama, we have now seen 76 straight months of private-sector job growth," Hillary Clinton's campaign chairman, John Podesta, wrote in an email to supporters. "Donald Trump wants to throw it all away."

Donald J. Trump did not comment on the report on Friday. He has repeatedly said that the official unemployment rate is "one of the biggest hoaxes in modern politics" and that the real figure is far higher. His campaign instead released a statement saying the economy remained "rigged against working Americans" despite the gains.

At the White House, Josh Earnest, the press secretary, told reporters the economy remained "remarkably resilient" and that Congress should act on the president's infrastructure proposals.

Some Federal Reserve officials have said they want to see several months of solid hiring before raising rates again. Stanley Fischer, the Fed's vice chairman, said in a speech last month that the central bank would move "gradually."

"One month doesn't make a trend, and two months don't either," said Tomas Reyes, an economist at the Brookings Institution. "But this takes a lot of the recession talk off the table."

Manufacturing shed 2,000 jobs, the report said, while health care and retail added a combined 68,000.
""", """
says || Labor Dept. || Economy added 287,000 jobs in June || named_org
reported || the Labor Department || Employers added 287,000 jobs in June || named_org
showed || the report || The unemployment rate rose to 4.9 percent from 4.7 percent as more people started looking for work || document
said || Mark Zandi, chief economist at Moody's Analytics || "This is a very reassuring number," ## "The May report was a head fake, not a turning point." || named_person
had expected || Economists surveyed by Bloomberg || a gain of about 175,000 jobs || anonymous
according to || the department || Average hourly earnings rose 2.6 percent from a year earlier || named_org
consider || Many economists || a 3.5 percent pace a sign of a healthy labor market || anonymous
wrote || Hillary Clinton's campaign chairman, John Podesta || "Under President Obama, we have now seen 76 straight months of private-sector job growth," ## "Donald Trump wants to throw it all away." || named_person
has repeatedly said || He || the official unemployment rate is "one of the biggest hoaxes in modern politics" and that the real figure is far higher || named_person
released a statement saying || His campaign || the economy remained "rigged against working Americans" despite the gains || named_org
told || Josh Earnest, the press secretary || the economy remained "remarkably resilient" and that Congress should act on the president's infrastructure proposals || named_person
have said || Some Federal Reserve officials || they want to see several months of solid hiring before raising rates again || anonymous
said || Stanley Fischer, the Fed's vice chairman || the central bank would move "gradually." || named_person
said || Tomas Reyes, an economist at the Brookings Institution || "One month doesn't make a trend, and two months don't either," ## "But this takes a lot of the recession talk off the table." || named_person
said || the report || Manufacturing shed 2,000 jobs ## while health care and retail added a combined 68,000 || document
""")

art("m04", """
Congress races to avert shutdown as budget talks stall

WASHINGTON - Congressional leaders were struggling on Tuesday to reach agreement on a stopgap spending bill, with just four days left before the government runs out of money, aides in both parties said.

Senator Mitch McConnell of Kentucky, the majority leader, told reporters that he hoped to bring a bill to the floor by Thursday. "We are not going to shut the government down," he said.

The main obstacle is money for Flint, Mich., whose water system was contaminated with lead. Democrats insist that any bill include aid for the city, while Republicans argue that the issue should be handled in a separate water projects bill.

Speaker Paul D. Ryan said on Monday that he was open to a compromise. The Wisconsin Republican added that "nobody wants a shutdown five weeks before an election."

Representative Nita M. Lowey of New York, the top Democrat on the Appropriations Committee, said in a statement that Republicans were "playing games with the health of children."

The Congressional Budget Office estimated last month that the 10-week bill would fund the government at an annual rate of roughly $1.07 trillion, the level both parties agreed to last year.

Heritage Action, the conservative advocacy group, said the measure "spends too much and reforms too little." Several members of the House Freedom Caucus have said they will vote against it.

A senior Republican aide said the leaders were "close but not there yet." The aide spoke on condition of anonymity to discuss private negotiations.

The White House said President Obama would sign a bill that included the Flint aid. "The president has been clear about his priorities," Josh Earnest, the press secretary, told reporters aboard Air Force One.

Whatever passes this week will only push the fight into December, when the lame-duck Congress must decide whether to pass a full-year spending bill or leave the job to the next president. Conservatives say waiting would give them more leverage under a Republican White House.
""", """
said || aides in both parties || Congressional leaders were struggling on Tuesday to reach agreement on a stopgap spending bill, with just four days left before the government runs out of money || anonymous
told || Senator Mitch McConnell of Kentucky, the majority leader || he hoped to bring a bill to the floor by Thursday || named_person
said || he || "We are not going to shut the government down," || named_person
insist || Democrats || any bill include aid for the city || named_org
argue || Republicans || the issue should be handled in a separate water projects bill || named_org
said || Speaker Paul D. Ryan || he was open to a compromise || named_person
added || The Wisconsin Republican || "nobody wants a shutdown five weeks before an election." || named_person
said in a statement || Representative Nita M. Lowey of New York, the top Democrat on the Appropriations Committee || Republicans were "playing games with the health of children." || named_person
estimated || The Congressional Budget Office || the 10-week bill would fund the government at an annual rate of roughly $1.07 trillion, the level both parties agreed to last year || named_org
said || Heritage Action, the conservative advocacy group || the measure "spends too much and reforms too little." || named_org
have said || Several members of the House Freedom Caucus || they will vote against it || anonymous
said || A senior Republican aide || the leaders were "close but not there yet." || anonymous
said || The White House || President Obama would sign a bill that included the Flint aid || named_org
told || Josh Earnest, the press secretary || "The president has been clear about his priorities," || named_person
say || Conservatives || waiting would give them more leverage under a Republican White House || anonymous
""")

art("m05", """
Trump tax plan would add $6.2 trillion to debt, study finds

WASHINGTON - Donald J. Trump's revised tax plan would reduce federal revenue by $6.2 trillion over the next decade and deliver its largest benefits to the highest earners, according to an analysis released on Tuesday by the Tax Policy Center.

The center, a joint project of the Urban Institute and the Brookings Institution, found that households in the top 1 percent would see their after-tax incomes rise by an average of 13.5 percent, while middle-income households would gain about 1.8 percent.

"This analysis ignores the enormous growth our plan will unleash," said Stephen Miller, a senior policy adviser to Mr. Trump. Mr. Miller said the plan would create 25 million jobs over a decade.

Campaign officials have argued that cutting the corporate rate to 15 percent would persuade companies to bring profits home from overseas. Many economists doubt that growth would be strong enough to offset the lost revenue.

"There is no credible model in which these cuts pay for themselves," said Dana Whitfield, a senior fellow at the Committee for a Responsible Federal Budget. She noted that the national debt already equals about 77 percent of the economy.

Hillary Clinton's plan, by contrast, would raise about $1.1 trillion, mostly from the wealthy, the center estimated in March. Mrs. Clinton's campaign manager, Robby Mook, told reporters on a conference call that Mr. Trump's plan was "a massive giveaway to people like Donald Trump."

Representative Kevin Brady of Texas, the chairman of the Ways and Means Committee, said House Republicans would release their own tax blueprint in June. The Texas Republican has said the House plan will be "simpler and flatter" than the current code.

The Wall Street Journal reported last week that Mr. Trump's advisers were considering further changes to the plan, including a lower top rate for pass-through businesses. A campaign spokeswoman, Hope Hicks, said no final decisions had been made.

For now, the analysis gives Democrats fresh ammunition. In a news release, the Democratic National Committee called the plan "Trickle-Down Trump."
""", """
finds || study || Trump tax plan would add $6.2 trillion to debt || document
according to || an analysis released on Tuesday by the Tax Policy Center || Donald J. Trump's revised tax plan would reduce federal revenue by $6.2 trillion over the next decade and deliver its largest benefits to the highest earners || document
found || The center, a joint project of the Urban Institute and the Brookings Institution || households in the top 1 percent would see their after-tax incomes rise by an average of 13.5 percent, while middle-income households would gain about 1.8 percent || named_org
said || Stephen Miller, a senior policy adviser to Mr. Trump || "This analysis ignores the enormous growth our plan will unleash," || named_person
said || Mr. Miller || the plan would create 25 million jobs over a decade || named_person
have argued || Campaign officials || cutting the corporate rate to 15 percent would persuade companies to bring profits home from overseas || anonymous
doubt || Many economists || growth would be strong enough to offset the lost revenue || anonymous
said || Dana Whitfield, a senior fellow at the Committee for a Responsible Federal Budget || "There is no credible model in which these cuts pay for themselves," || named_person
noted || She || the national debt already equals about 77 percent of the economy || named_person
estimated || the center || Hillary Clinton's plan, by contrast, would raise about $1.1 trillion, mostly from the wealthy || named_org
told || Mrs. Clinton's campaign manager, Robby Mook || Mr. Trump's plan was "a massive giveaway to people like Donald Trump." || named_person
said || Representative Kevin Brady of Texas, the chairman of the Ways and Means Committee || House Republicans would release their own tax blueprint in June || named_person
has said || The Texas Republican || the House plan will be "simpler and flatter" than the current code || named_person
reported || The Wall Street Journal || Mr. Trump's advisers were considering further changes to the plan, including a lower top rate for pass-through businesses || media
said || A campaign spokeswoman, Hope Hicks || no final decisions had been made || named_person
called || the Democratic National Committee || the plan "Trickle-Down Trump." || named_org
""")

art("m06", """
McConnell: No vote on Pacific trade deal this year

WASHINGTON - Senator Mitch McConnell, the majority leader, said on Thursday that the Senate would not vote this year on the Trans-Pacific Partnership, dealing a likely fatal blow to one of President Obama's top economic priorities.

"It will not be brought up this year," Mr. McConnell told reporters in Kentucky. He said the agreement had "some serious flaws" that the next president would need to address.

The White House said it would keep pressing for a vote in the lame-duck session after the Nov. 8 election. "The president is not giving up," Josh Earnest, the press secretary, said. "This agreement is too important to American workers."

Hillary Clinton has said she opposes the agreement "now, after the election and as president." Donald J. Trump has called it "a terrible deal for American workers."

The AFL-CIO spent millions of dollars campaigning against the agreement. "Working people have won this fight," Richard L. Trumka, the federation's president, said in a statement.

The U.S. Chamber of Commerce said the delay would allow China to "write the rules of trade in Asia."

Some Republican senators from farm states privately fear that the deal's collapse will hurt exports of beef and pork, according to two Senate aides.

Trade experts say the agreement could be revived only if its terms are renegotiated, a process that could take years. Michael Froman, the United States trade representative, told a business audience in Washington on Wednesday that reopening the deal would be "a gift to our competitors."

The pact, signed in February by 12 Pacific Rim nations, would phase out tariffs on thousands of goods. A report by the International Trade Commission in May found that it would raise American economic output by a modest 0.15 percent by 2032.
""", """
: || McConnell || No vote on Pacific trade deal this year || named_person
said || Senator Mitch McConnell, the majority leader || the Senate would not vote this year on the Trans-Pacific Partnership || named_person
told || Mr. McConnell || "It will not be brought up this year," || named_person
said || He || the agreement had "some serious flaws" that the next president would need to address || named_person
said || The White House || it would keep pressing for a vote in the lame-duck session after the Nov. 8 election || named_org
said || Josh Earnest, the press secretary || "The president is not giving up," ## "This agreement is too important to American workers." || named_person
has said || Hillary Clinton || she opposes the agreement "now, after the election and as president." || named_person
has called || Donald J. Trump || it "a terrible deal for American workers." || named_person
said in a statement || Richard L. Trumka, the federation's president || "Working people have won this fight," || named_person
said || The U.S. Chamber of Commerce || the delay would allow China to "write the rules of trade in Asia." || named_org
according to || two Senate aides || Some Republican senators from farm states privately fear that the deal's collapse will hurt exports of beef and pork || anonymous
say || Trade experts || the agreement could be revived only if its terms are renegotiated, a process that could take years || anonymous
told || Michael Froman, the United States trade representative || reopening the deal would be "a gift to our competitors." || named_person
found || A report by the International Trade Commission in May || it would raise American economic output by a modest 0.15 percent by 2032 || document
""")

art("m07", """
Ethics lawyers say Trump must sell his businesses

WASHINGTON - A growing number of ethics lawyers from both parties say President-elect Donald J. Trump should sell his real estate and licensing empire to avoid conflicts of interest, warning that a trust run by his children would not be enough.

"The only real solution is divestiture," said Norman L. Eisen, the chief White House ethics lawyer under President Obama. Richard W. Painter, his counterpart under President George W. Bush, said a genuine blind trust was the minimum Mr. Trump should accept.

The Trump Organization said in a statement that Mr. Trump's children would run the company and that "there will be a complete separation" between the business and the presidency. Mr. Trump wrote on Twitter that he would hold "a major news conference" to discuss the matter.

Kellyanne Conway, a senior adviser to the president-elect, told CNN on Sunday that voters "knew he was a businessman" when they elected him.

The New York Times reported on Saturday, citing public filings, that Mr. Trump's companies owe at least $650 million to lenders, including the Bank of China.

The Trump International Hotel in Washington, which opened in September in a federally owned building, has drawn particular scrutiny. Some lawyers say Mr. Trump will violate a clause in the lease that bars elected officials from any share of it. A spokeswoman for the General Services Administration said the agency, which manages the building, was "reviewing the matter."

Representative Elijah E. Cummings of Maryland, the top Democrat on the House Oversight Committee, wrote to the agency on Monday that the arrangement raised "serious constitutional concerns." The Maryland Democrat said he wanted a briefing by Dec. 15.

Foreign diplomats have begun booking rooms at the hotel, The Washington Post reported last month. One Asian diplomat told the newspaper that staying there was a way to show respect to the new president.

Mr. Trump's lawyers have not said how the company's foreign deals will be handled. Alan Brickman, a lawyer advising the family, said in an interview that "every option is on the table."
""", """
say || Ethics lawyers || Trump must sell his businesses || anonymous
say || A growing number of ethics lawyers from both parties || President-elect Donald J. Trump should sell his real estate and licensing empire to avoid conflicts of interest || anonymous
warning || A growing number of ethics lawyers from both parties || a trust run by his children would not be enough || anonymous
said || Norman L. Eisen, the chief White House ethics lawyer under President Obama || "The only real solution is divestiture," || named_person
said || Richard W. Painter, his counterpart under President George W. Bush || a genuine blind trust was the minimum Mr. Trump should accept || named_person
said in a statement || The Trump Organization || Mr. Trump's children would run the company and that "there will be a complete separation" between the business and the presidency || named_org
wrote || Mr. Trump || he would hold "a major news conference" to discuss the matter || named_person
told || Kellyanne Conway, a senior adviser to the president-elect || voters "knew he was a businessman" when they elected him || named_person
reported || The New York Times || Mr. Trump's companies owe at least $650 million to lenders, including the Bank of China || media
citing || The New York Times || public filings || media
say || Some lawyers || Mr. Trump will violate a clause in the lease that bars elected officials from any share of it || anonymous
said || A spokeswoman for the General Services Administration || the agency, which manages the building, was "reviewing the matter." || anonymous
wrote || Representative Elijah E. Cummings of Maryland, the top Democrat on the House Oversight Committee || the arrangement raised "serious constitutional concerns." || named_person
said || The Maryland Democrat || he wanted a briefing by Dec. 15 || named_person
reported || The Washington Post || Foreign diplomats have begun booking rooms at the hotel || media
told || One Asian diplomat || staying there was a way to show respect to the new president || anonymous
said || Alan Brickman, a lawyer advising the family || "every option is on the table." || named_person
""")

# ---------------------------------------------------------------------------
# m08-m14: curly quotes
# ---------------------------------------------------------------------------

art("m08", """
Unions pour money into Clinton’s Rust Belt push

COLUMBUS, Ohio — The AFL-CIO will spend more than $50 million on get-out-the-vote efforts in Ohio, Pennsylvania, Michigan and Wisconsin, the federation announced on Tuesday.

“We are going to knock on every union door in the industrial Midwest,” Richard L. Trumka, the federation’s president, told reporters on a conference call. “Donald Trump is a fraud when it comes to working people.”

Union leaders are worried that Mr. Trump’s message on trade is resonating with their members, particularly white men without college degrees. A Quinnipiac University poll released last week found that Mr. Trump led Mrs. Clinton among union households in Ohio, 46 percent to 41 percent.

“Some of our guys are angry, and they have every right to be,” said Dave Kowalski, a 58-year-old pipefitter from Youngstown. He said he had not decided whom to support.

The Clinton campaign said the union money would complement its own field operation, which has more than 100 offices in Ohio. Mrs. Clinton’s running mate, Senator Tim Kaine of Virginia, told a union hall in Toledo on Monday that Mr. Trump had “stiffed” contractors and workers at his casinos.

Jason Miller, a spokesman for the Trump campaign, said in a statement that union members were “tired of being taken for granted” by Democratic leaders. He said Mr. Trump’s pledge to renegotiate the North American Free Trade Agreement would bring back factory jobs.

Some labor strategists privately believe the federation should have started its push months earlier, according to a person involved in the planning.

The stakes are high for organized labor. Union membership fell to 11.1 percent of wage and salary workers last year, the Bureau of Labor Statistics reported in January, down from 20.1 percent in 1983.

“If we can’t deliver our own members, we lose our seat at the table,” said one union official in Pennsylvania. The official was not authorized to speak for the federation.

The federation’s canvassers will carry tablets loaded with lists of union households. The AFL-CIO says a similar system reached 1.2 million doors in 2012.
""", """
announced || the federation || The AFL-CIO will spend more than $50 million on get-out-the-vote efforts in Ohio, Pennsylvania, Michigan and Wisconsin || named_org
told || Richard L. Trumka, the federation’s president || “We are going to knock on every union door in the industrial Midwest,” ## “Donald Trump is a fraud when it comes to working people.” || named_person
are worried || Union leaders || Mr. Trump’s message on trade is resonating with their members, particularly white men without college degrees || anonymous
found || A Quinnipiac University poll released last week || Mr. Trump led Mrs. Clinton among union households in Ohio, 46 percent to 41 percent || document
said || Dave Kowalski, a 58-year-old pipefitter from Youngstown || “Some of our guys are angry, and they have every right to be,” || named_person
said || He || he had not decided whom to support || named_person
said || The Clinton campaign || the union money would complement its own field operation, which has more than 100 offices in Ohio || named_org
told || Mrs. Clinton’s running mate, Senator Tim Kaine of Virginia || Mr. Trump had “stiffed” contractors and workers at his casinos || named_person
said in a statement || Jason Miller, a spokesman for the Trump campaign || union members were “tired of being taken for granted” by Democratic leaders || named_person
said || He || Mr. Trump’s pledge to renegotiate the North American Free Trade Agreement would bring back factory jobs || named_person
according to || a person involved in the planning || Some labor strategists privately believe the federation should have started its push months earlier || anonymous
reported || the Bureau of Labor Statistics || Union membership fell to 11.1 percent of wage and salary workers last year || named_org
said || one union official in Pennsylvania || “If we can’t deliver our own members, we lose our seat at the table,” || anonymous
says || The AFL-CIO || a similar system reached 1.2 million doors in 2012 || named_org
""")

art("m09", """
Bank stocks surge after Trump victory

NEW YORK — Shares of the nation’s biggest banks jumped on Wednesday as investors bet that a Trump administration would loosen rules put in place after the 2008 financial crisis.

Goldman Sachs rose 5.9 percent and JPMorgan Chase gained 4.6 percent, leading a broad rally in financial stocks even as other sectors wobbled.

“The market is pricing in a much friendlier regulatory environment,” said Carla Jennings, a bank analyst at Keefe, Bruyette & Woods. “Nobody expected this on Tuesday morning.”

Donald J. Trump has said he would “dismantle” the Dodd-Frank Act, the 2010 law that tightened oversight of Wall Street. His transition website said on Thursday that the law “represents sweeping government control over the financial sector.”

Senator Elizabeth Warren of Massachusetts said Democrats would “fight every attempt” to weaken the law. “The American people did not vote to hand the keys back to the big banks,” the Massachusetts Democrat told reporters.

The Wall Street Journal reported on Wednesday, citing people familiar with the matter, that Mr. Trump’s transition team was considering Steven Mnuchin, a former Goldman Sachs partner, for Treasury secretary.

Mr. Mnuchin, a Hollywood film financier, served as the Trump campaign’s finance chairman. Goldman Sachs, where he worked for 17 years, declined to comment.

Some investors remain cautious. “Markets love the idea of deregulation, but nobody knows what he will actually do,” said a portfolio manager at a large mutual fund company. The manager was not authorized to speak publicly.

Analysts at Goldman Sachs wrote in a note to clients that bank earnings could rise as much as 10 percent if a new administration eased capital requirements.

Some economists warned that higher interest rates, which lift bank profits, could also slow home sales and business borrowing. Yields on 10-year Treasury notes rose to 2.07 percent, the highest since January, according to Tradeweb.

A spokesman for the Federal Reserve said the central bank would continue to enforce the law as written.
""", """
bet || investors || a Trump administration would loosen rules put in place after the 2008 financial crisis || anonymous
said || Carla Jennings, a bank analyst at Keefe, Bruyette & Woods || “The market is pricing in a much friendlier regulatory environment,” ## “Nobody expected this on Tuesday morning.” || named_person
has said || Donald J. Trump || he would “dismantle” the Dodd-Frank Act, the 2010 law that tightened oversight of Wall Street || named_person
said || His transition website || the law “represents sweeping government control over the financial sector.” || document
said || Senator Elizabeth Warren of Massachusetts || Democrats would “fight every attempt” to weaken the law || named_person
told || the Massachusetts Democrat || “The American people did not vote to hand the keys back to the big banks,” || named_person
reported || The Wall Street Journal || Mr. Trump’s transition team was considering Steven Mnuchin, a former Goldman Sachs partner, for Treasury secretary || media
citing || The Wall Street Journal || people familiar with the matter || media
said || a portfolio manager at a large mutual fund company || “Markets love the idea of deregulation, but nobody knows what he will actually do,” || anonymous
wrote || Analysts at Goldman Sachs || bank earnings could rise as much as 10 percent if a new administration eased capital requirements || anonymous
warned || Some economists || higher interest rates, which lift bank profits, could also slow home sales and business borrowing || anonymous
according to || Tradeweb || Yields on 10-year Treasury notes rose to 2.07 percent, the highest since January || named_org
said || A spokesman for the Federal Reserve || the central bank would continue to enforce the law as written || anonymous
""")

art("m10", """
Retailers warn House tax plan would raise prices

WASHINGTON — The nation’s largest retailers are mounting a campaign against a central piece of the House Republican tax plan, arguing that a proposed “border adjustment” would drive up the cost of clothing, gasoline and groceries.

The proposal, championed by Speaker Paul D. Ryan, would tax imports while exempting exports. Representative Kevin Brady, the Texas Republican who leads the Ways and Means Committee, says the change would encourage companies to keep jobs and profits in the United States.

“This is about making America the most attractive place in the world to do business,” Mr. Brady said on Tuesday.

The National Retail Federation said in a statement that the plan amounted to “a massive new tax on consumers.” A study commissioned by the retail group estimated that the average family would pay about $1,700 more a year.

Supporters of the plan say the dollar would rise enough to offset the higher costs. “In theory, currency markets adjust. In practice, nobody knows how fast,” said Priya Raman, an economist at the Peterson Institute for International Economics.

Donald J. Trump has not taken a position on the proposal. In an interview this month, the president-elect told The Wall Street Journal that the idea was “too complicated.” His aides later said he remained open to it.

A House Republican aide said leaders still expected to include the provision in legislation this spring. The aide also said Mr. Ryan had personally called several retail executives. The aide was not authorized to discuss internal deliberations.

Representative Richard E. Neal of Massachusetts, the committee’s top Democrat, said Republicans had “not shown their math.” He predicted that the provision would not survive the Senate.

Some companies stand to gain. Boeing and Dow Chemical, both large exporters, have quietly backed the plan, according to lobbyists on both sides of the fight.

Walmart, Target and Best Buy sent executives to Capitol Hill last week. “Our customers will pay for this at the register,” said Brian Cornell, the chief executive of Target, after a meeting with senators.
""", """
warn || Retailers || House tax plan would raise prices || anonymous
arguing || The nation’s largest retailers || a proposed “border adjustment” would drive up the cost of clothing, gasoline and groceries || anonymous
says || Representative Kevin Brady, the Texas Republican who leads the Ways and Means Committee || the change would encourage companies to keep jobs and profits in the United States || named_person
said || Mr. Brady || “This is about making America the most attractive place in the world to do business,” || named_person
said in a statement || The National Retail Federation || the plan amounted to “a massive new tax on consumers.” || named_org
estimated || A study commissioned by the retail group || the average family would pay about $1,700 more a year || document
say || Supporters of the plan || the dollar would rise enough to offset the higher costs || anonymous
said || Priya Raman, an economist at the Peterson Institute for International Economics || “In theory, currency markets adjust. In practice, nobody knows how fast,” || named_person
told || the president-elect || the idea was “too complicated.” || named_person
said || His aides || he remained open to it || anonymous
said || A House Republican aide || leaders still expected to include the provision in legislation this spring || anonymous
said || The aide || Mr. Ryan had personally called several retail executives || anonymous
said || Representative Richard E. Neal of Massachusetts, the committee’s top Democrat || Republicans had “not shown their math.” || named_person
predicted || He || the provision would not survive the Senate || named_person
according to || lobbyists on both sides of the fight || Boeing and Dow Chemical, both large exporters, have quietly backed the plan || anonymous
said || Brian Cornell, the chief executive of Target || “Our customers will pay for this at the register,” || named_person
""")

art("m11", """
House passes Puerto Rico debt relief bill

WASHINGTON — The House voted 297 to 127 on Thursday to create a federal oversight board for Puerto Rico, which is struggling under about $70 billion in debt and has already missed payments to some creditors.

Last month, it was announced that the island’s Government Development Bank would miss a $422 million payment.

Treasury Secretary Jacob J. Lew said the vote showed that “Congress can still come together when the stakes are high.” Speaker Paul D. Ryan called the measure “a responsible solution that does not cost taxpayers a dime.”

The Congressional Budget Office found that the bill would have no significant effect on the federal budget.

Some conservative groups, including the Club for Growth, argued that the board amounted to a bailout. Hedge funds that hold Puerto Rico bonds spent heavily on lobbying during the debate. Ridgeline Capital Management, one of the funds, has argued in court that the island’s restructuring law is unconstitutional.

Gov. Alejandro García Padilla of Puerto Rico said he had “serious concerns” about the board but would not oppose it.

Representative Nydia M. Velázquez, a New York Democrat born in Puerto Rico, said the board would have “colonial” powers over an elected government. “We are asking the people of Puerto Rico to give up a measure of self-government,” she said on the House floor. “That is not a small thing.”

Senate aides said the chamber could take up the bill before July 1, when the island faces a $2 billion payment. Senator Mitch McConnell, the majority leader, has said he wants to move quickly.

Many bondholders believe the board will favor pension funds over creditors, according to a lawyer who represents several of them. The lawyer spoke on condition of anonymity because the talks are confidential.

On the island, reaction was mixed. El Nuevo Día, the largest newspaper in Puerto Rico, wrote in an editorial that the board was “a bitter medicine, but a medicine nonetheless.”

A poll by the newspaper last month found that 58 percent of residents opposed any federal control over the budget.
""", """
was announced || - || the island’s Government Development Bank would miss a $422 million payment || unknown
said || Treasury Secretary Jacob J. Lew || the vote showed that “Congress can still come together when the stakes are high.” || named_person
called || Speaker Paul D. Ryan || the measure “a responsible solution that does not cost taxpayers a dime.” || named_person
found || The Congressional Budget Office || the bill would have no significant effect on the federal budget || named_org
argued || Some conservative groups, including the Club for Growth || the board amounted to a bailout || named_org
has argued || Ridgeline Capital Management, one of the funds || the island’s restructuring law is unconstitutional || named_org
said || Gov. Alejandro García Padilla of Puerto Rico || he had “serious concerns” about the board but would not oppose it || named_person
said || Representative Nydia M. Velázquez, a New York Democrat born in Puerto Rico || the board would have “colonial” powers over an elected government || named_person
said || she || “We are asking the people of Puerto Rico to give up a measure of self-government,” ## “That is not a small thing.” || named_person
said || Senate aides || the chamber could take up the bill before July 1, when the island faces a $2 billion payment || anonymous
has said || Senator Mitch McConnell, the majority leader || he wants to move quickly || named_person
according to || a lawyer who represents several of them || Many bondholders believe the board will favor pension funds over creditors || anonymous
wrote || El Nuevo Día, the largest newspaper in Puerto Rico || the board was “a bitter medicine, but a medicine nonetheless.” || media
found || A poll by the newspaper last month || 58 percent of residents opposed any federal control over the budget || document
""")

art("m12", """
Ford says small-car production will still move to Mexico

DEARBORN, Mich. — Ford Motor Company said on Thursday that it would move production of its small cars from Michigan to Mexico as planned.

The decision came despite repeated attacks from Donald J. Trump. The billionaire has called the move “an absolute disgrace” and has made Ford a regular target at his rallies.

Mark Fields, Ford’s chief executive, told investors in a conference call that no American jobs would be lost because the Michigan plant would build new vehicles. “We’re not going to let the rhetoric of a campaign change our plans,” he said.

Mr. Trump said at a rally in Michigan on Friday that Ford executives were “laughing at us.” He has said he would impose a 35 percent tariff on cars imported from Mexico.

The United Automobile Workers union said in a statement that its members at the plant in Wayne, Mich., were protected under their contract with Ford.

Economists note that Mexican factory workers earn a fraction of what their American counterparts do. According to the Center for Automotive Research, a Michigan-based research group, Mexico’s auto production is expected to double by 2020.

Bill Ford, the company’s executive chairman, told CNBC that he had spoken with Mr. Trump’s advisers and that the conversations had been “very constructive.”

A Ford spokesman, Daniel Ortiz, said the company had invested $12 billion in its American plants since 2011. “We are proud of our record,” Mr. Ortiz said.

Some dealers worry that a tariff would raise the price of the Focus, one of the company’s best-selling cars, according to a person who attended a dealer meeting in Las Vegas last month.

Hillary Clinton’s campaign said the episode showed that Mr. Trump “talks big but has no plan.” The campaign noted that Mr. Trump’s own branded ties and shirts are made overseas.

Shares of Ford fell 1.2 percent on Thursday.
""", """
says || Ford || small-car production will still move to Mexico || named_org
said || Ford Motor Company || it would move production of its small cars from Michigan to Mexico as planned || named_org
has called || The billionaire || the move “an absolute disgrace” || named_person
told || Mark Fields, Ford’s chief executive || no American jobs would be lost because the Michigan plant would build new vehicles || named_person
said || he || “We’re not going to let the rhetoric of a campaign change our plans,” || named_person
said@@Mr. Trump said at a rally || Mr. Trump || Ford executives were “laughing at us.” || named_person
has said || He || he would impose a 35 percent tariff on cars imported from Mexico || named_person
said in a statement || The United Automobile Workers union || its members at the plant in Wayne, Mich., were protected under their contract with Ford || named_org
note || Economists || Mexican factory workers earn a fraction of what their American counterparts do || anonymous
According to || the Center for Automotive Research, a Michigan-based research group || Mexico’s auto production is expected to double by 2020 || named_org
told || Bill Ford, the company’s executive chairman || he had spoken with Mr. Trump’s advisers and that the conversations had been “very constructive.” || named_person
said || A Ford spokesman, Daniel Ortiz || the company had invested $12 billion in its American plants since 2011 || named_person
said || Mr. Ortiz || “We are proud of our record,” || named_person
according to || a person who attended a dealer meeting in Las Vegas last month || Some dealers worry that a tariff would raise the price of the Focus, one of the company’s best-selling cars || anonymous
said || Hillary Clinton’s campaign || the episode showed that Mr. Trump “talks big but has no plan.” || named_org
noted || The campaign || Mr. Trump’s own branded ties and shirts are made overseas || named_org
""")

art("m13", """
Illinois lawmakers pass stopgap budget, ending yearlong standoff

SPRINGFIELD, Ill. — Illinois lawmakers approved a six-month stopgap budget on Thursday, ending for now a standoff that has left the state without a full spending plan for a year. Gov. Bruce Rauner, a Republican, said he would sign the measure.

“This is not a perfect budget, but it is a bridge to reform,” the governor told reporters in his Capitol office.

House Speaker Michael J. Madigan, the Chicago Democrat who has controlled the chamber for most of three decades, said the agreement showed that “compromise is possible when the governor stops holding the state hostage.”

A report released Friday by Moody’s Investors Service said the stopgap plan “does not address the state’s structural deficit.” The Chicago Tribune reported that the state’s unpaid bills had grown to more than $8 billion.

Mr. Rauner has insisted that any long-term budget include limits on collective bargaining and a freeze on property taxes. Union leaders say those demands amount to an assault on working families.

“He wants to balance the budget on the backs of state workers,” said Anne Marie Kowal, executive director of the state’s largest public employees union.

Some Republican legislators fear that the governor’s hard line will cost the party seats in November, according to two GOP lawmakers who asked not to be identified.

Social service agencies have been hit hardest. Lutheran Social Services of Illinois said it had closed 30 programs and laid off 750 workers since the impasse began. “We can’t survive another year like this,” the agency’s chief executive, the Rev. Daniel Rourke, said in an interview.

Comptroller Leslie Munger, a Rauner ally, warned that the state would fall even further behind on its bills without a full-year plan. Her office estimated that the backlog could reach $10 billion by December.

Chicago Public Schools will receive about $250 million in additional state aid under the deal, according to a summary released by the governor’s office. Mayor Rahm Emanuel said the money would allow schools to open on time.
""", """
said || Gov. Bruce Rauner, a Republican || he would sign the measure || named_person
told || the governor || “This is not a perfect budget, but it is a bridge to reform,” || named_person
said || House Speaker Michael J. Madigan, the Chicago Democrat who has controlled the chamber for most of three decades || the agreement showed that “compromise is possible when the governor stops holding the state hostage.” || named_person
said || A report released Friday by Moody’s Investors Service || the stopgap plan “does not address the state’s structural deficit.” || document
reported || The Chicago Tribune || the state’s unpaid bills had grown to more than $8 billion || media
has insisted || Mr. Rauner || any long-term budget include limits on collective bargaining and a freeze on property taxes || named_person
say || Union leaders || those demands amount to an assault on working families || anonymous
said || Anne Marie Kowal, executive director of the state’s largest public employees union || “He wants to balance the budget on the backs of state workers,” || named_person
according to || two GOP lawmakers who asked not to be identified || Some Republican legislators fear that the governor’s hard line will cost the party seats in November || anonymous
said || Lutheran Social Services of Illinois || it had closed 30 programs and laid off 750 workers since the impasse began || named_org
said || the agency’s chief executive, the Rev. Daniel Rourke || “We can’t survive another year like this,” || named_person
warned || Comptroller Leslie Munger, a Rauner ally || the state would fall even further behind on its bills without a full-year plan || named_person
estimated || Her office || the backlog could reach $10 billion by December || named_org
according to || a summary released by the governor’s office || Chicago Public Schools will receive about $250 million in additional state aid under the deal || document
said || Mayor Rahm Emanuel || the money would allow schools to open on time || named_person
""")

art("m14", """
Senators grill Wells Fargo chief over sham accounts

WASHINGTON — John G. Stumpf, the chief executive of Wells Fargo, told the Senate Banking Committee on Tuesday that he was “deeply sorry” that the bank’s employees had opened as many as two million accounts without customers’ permission.

“I accept full responsibility for all unethical sales practices,” Mr. Stumpf said.

Senator Elizabeth Warren, Democrat of Massachusetts, said Mr. Stumpf should resign and return the millions of dollars he had earned while the practice went on. “You should be criminally investigated,” she told him.

Earlier this month, the Consumer Financial Protection Bureau fined the bank $100 million. The bureau found that employees had created the accounts to meet aggressive sales targets.

Senator Richard C. Shelby of Alabama, the committee’s Republican chairman, said the bank had betrayed the trust of its customers. Senator Patrick J. Toomey of Pennsylvania said the scheme was “plain and simple fraud.” “This is not a few bad apples,” the Pennsylvania Republican said.

The bank said in a statement that it had eliminated sales goals for its retail bankers, effective Jan. 1, and that it had refunded about $2.6 million to customers.

The Los Angeles Times first reported the practice in 2013. Former employees have said they were fired after reporting the abuses to an ethics hotline.

Some analysts expect the bank’s shares to fall further if regulators impose new restrictions. The stock has lost about 10 percent since the settlement on Sept. 8.

Representative Jeb Hensarling, the Texas Republican who leads the House Financial Services Committee, said Mr. Stumpf would testify before his panel next week. A committee aide said members would press him on whether senior executives knew of the practice years earlier.

The Labor Department said on Monday that it was reviewing complaints from former Wells Fargo employees. A department spokesman said the review was “at an early stage.”

Wells Fargo remains the world’s most valuable bank by market capitalization, according to data compiled by Bloomberg.
""", """
told || John G. Stumpf, the chief executive of Wells Fargo || he was “deeply sorry” that the bank’s employees had opened as many as two million accounts without customers’ permission || named_person
said || Mr. Stumpf || “I accept full responsibility for all unethical sales practices,” || named_person
said || Senator Elizabeth Warren, Democrat of Massachusetts || Mr. Stumpf should resign and return the millions of dollars he had earned while the practice went on || named_person
told || she || “You should be criminally investigated,” || named_person
found || The bureau || employees had created the accounts to meet aggressive sales targets || named_org
said || Senator Richard C. Shelby of Alabama, the committee’s Republican chairman || the bank had betrayed the trust of its customers || named_person
said || Senator Patrick J. Toomey of Pennsylvania || the scheme was “plain and simple fraud.” || named_person
said || the Pennsylvania Republican || “This is not a few bad apples,” || named_person
said in a statement || The bank || it had eliminated sales goals for its retail bankers, effective Jan. 1, and that it had refunded about $2.6 million to customers || named_org
first reported || The Los Angeles Times || the practice@@first reported the practice in 2013 || media
have said || Former employees || they were fired after reporting the abuses to an ethics hotline || anonymous
expect || Some analysts || the bank’s shares to fall further if regulators impose new restrictions || anonymous
said || Representative Jeb Hensarling, the Texas Republican who leads the House Financial Services Committee || Mr. Stumpf would testify before his panel next week || named_person
said || A committee aide || members would press him on whether senior executives knew of the practice years earlier || anonymous
said || The Labor Department || it was reviewing complaints from former Wells Fargo employees || named_org
said || A department spokesman || the review was “at an early stage.” || anonymous
according to || data compiled by Bloomberg || Wells Fargo remains the world’s most valuable bank by market capitalization || document
""")


# ---------------------------------------------------------------------------
# offset computation
# ---------------------------------------------------------------------------

def _is_word(c):
    return c.isalnum() or c == "_"


def find_all(text, s):
    """All word-bounded occurrences of s in text."""
    out = []
    i = text.find(s)
    while i != -1:
        j = i + len(s)
        ok = True
        if _is_word(s[0]) and i > 0 and _is_word(text[i - 1]):
            ok = False
        if _is_word(s[-1]) and j < len(text) and _is_word(text[j]):
            ok = False
        if ok:
            out.append((i, j))
        i = text.find(s, i + 1)
    return out


def by_context(text, spec, what, doc_id):
    s, ctx = spec.split("@@", 1)
    occ = [m.start() for m in re.finditer(re.escape(ctx), text)]
    assert len(occ) == 1, (doc_id, what, "context not unique", ctx, len(occ))
    k = ctx.find(s)
    assert k >= 0, (doc_id, what, "string not in context", spec)
    return (occ[0] + k, occ[0] + k + len(s))


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def dist(a, b):
    if overlaps(a, b):
        return 0
    return b[0] - a[1] if a[1] <= b[0] else a[0] - b[1]


ABBR = {"Mr", "Mrs", "Ms", "Dr", "Gov", "Rep", "Sen", "Dept", "St", "Jr", "Sr", "Inc", "Co",
        "Ind", "Mich", "Ill", "Rev", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "Corp", "D.C"}
TERM = re.compile(r"([\w.]+)[.!?][\"”]?\s+(?=[A-Z“\"])")


def gap_text(text, a, b):
    if overlaps(a, b):
        return ""
    return text[a[1]:b[0]] if a[1] <= b[0] else text[b[1]:a[0]]


def crosses_sentence(text, a, b):
    """True if a sentence boundary lies between spans a and b."""
    g = gap_text(text, a, b)
    if "\n" in g:
        return True
    if overlaps(a, b):
        return False
    gs, ge = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    lo = max(0, gs - 40)
    ext = text[lo:ge + 3]
    for m in TERM.finditer(ext):
        if not (gs <= lo + m.end(1) < ge):
            continue
        w = m.group(1).split(".")[-1] or m.group(1)
        if w in ABBR or re.fullmatch(r"[A-Z]", w):
            continue
        return True
    return False


def nearest(text, s, anchors, forbidden, what, doc_id):
    cands = [o for o in find_all(text, s) if not any(overlaps(o, f) for f in forbidden)]
    cands = [o for o in cands if not all(crosses_sentence(text, o, a) for a in anchors)]
    assert cands, (doc_id, what, "not found", s)
    scored = sorted((min(dist(o, a) for a in anchors), o) for o in cands)
    if len(scored) > 1:
        assert scored[0][0] != scored[1][0], (doc_id, what, "tie", s, scored[:2])
    return scored[0][1]


def paragraph_index(text, pos):
    return text.count("\n\n", 0, pos)


def span(text, se):
    return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]}


def parse_line(line):
    parts = [p.strip() for p in line.split(" || ")]
    assert len(parts) == 4, ("bad line", line)
    return parts


def build_doc(doc_id, text, ann):
    atts = []
    for line in ann.strip("\n").split("\n"):
        if not line.strip():
            continue
        cue_s, src_s, con_s, typ = parse_line(line)
        assert typ in TYPES, (doc_id, line)
        # content
        frags = []
        for f in con_s.split(" ## "):
            if "@@" in f:
                frags.append(by_context(text, f, "content", doc_id))
            else:
                occ = find_all(text, f)
                assert len(occ) == 1, (doc_id, "content not unique/found", f, len(occ))
                frags.append(occ[0])
        frags.sort()
        # cue
        if "@@" in cue_s:
            cue = by_context(text, cue_s, "cue", doc_id)
        else:
            cue = nearest(text, cue_s, frags, frags, "cue", doc_id)
        assert not any(overlaps(cue, f) for f in frags), (doc_id, "cue inside content", line)
        assert not all(crosses_sentence(text, cue, f) for f in frags), (doc_id, "cue/content sentence", line)
        # source
        if src_s == "-":
            src = None
            assert typ == "unknown", (doc_id, line)
        elif "@@" in src_s:
            src = by_context(text, src_s, "source", doc_id)
        else:
            src = nearest(text, src_s, [cue], frags + [cue], "source", doc_id)
        if src:
            assert not crosses_sentence(text, src, cue), (doc_id, "source/cue sentence", line)
        # same paragraph
        paras = {paragraph_index(text, cue[0])} | {paragraph_index(text, f[0]) for f in frags}
        if src:
            paras.add(paragraph_index(text, src[0]))
        assert len(paras) == 1, (doc_id, "spans in different paragraphs", line)
        content = {"start": frags[0][0], "end": frags[-1][1],
                   "text": text[frags[0][0]:frags[-1][1]]}
        if len(frags) > 1:
            content["fragments"] = [list(f) for f in frags]
        a = {"cue": span(text, cue),
             "source": span(text, src) if src else None,
             "content": content,
             "source_type": typ}
        # checks on span text
        assert a["cue"]["text"] == cue_s.split("@@")[0]
        if src:
            assert a["source"]["text"] == src_s.split("@@")[0]
        for (s, e) in frags:
            t = text[s:e]
            assert t == t.strip(), (doc_id, "content has outer whitespace", t)
            assert not t.startswith("that "), (doc_id, "leading that", t)
            if not t.endswith(("\"", "”")):
                assert not t.endswith("."), (doc_id, "final period outside quotes", t)
        atts.append(a)
    atts.sort(key=lambda a: (a["cue"]["start"], a["content"]["start"]))
    # no two attributions identical
    for x, y in zip(atts, atts[1:], strict=False):
        assert not overlaps((x["cue"]["start"], x["cue"]["end"]), (y["cue"]["start"], y["cue"]["end"])) \
, (doc_id, "overlapping cues", x["cue"], y["cue"])
    keys = [(a["cue"]["start"], a["content"]["start"]) for a in atts]
    assert len(keys) == len(set(keys)), (doc_id, "duplicate attribution")
    return {"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts}


def check_article(doc_id, text, n):
    lines = text.split("\n")
    assert lines[1] == "" and lines[0].strip() and "\n\n\n" not in text, doc_id
    words = len(text.split())
    assert 250 <= words <= 400, (doc_id, "word count", words)
    curly = set("“”‘’")
    if n <= 7:
        assert not any(c in curly for c in text), (doc_id, "curly quote in straight half")
    else:
        assert "\"" not in text and "'" not in text, (doc_id, "straight quote in curly half")
        assert "“" in text and "’" in text, doc_id


def build():
    recs = []
    for n, (doc_id, text, ann) in enumerate(ARTICLES, 1):
        assert doc_id == f"m{n:02d}"
        check_article(doc_id, text, n)
        rec = build_doc(doc_id, text, ann)
        for a in rec["attributions"]:
            for k in ("cue", "source", "content"):
                sp = a[k]
                if sp is None:
                    continue
                assert text[sp["start"]:sp["end"]] == sp["text"]
                for s, e in sp.get("fragments", []):
                    assert sp["start"] <= s < e <= sp["end"]
        recs.append(rec)
    assert len(recs) == 14
    return recs


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    records = build()
    code = write_or_check(records, HERE / "blind12.jsonl", argv,
                          __doc__.split("\n\n")[0])
    return code


if __name__ == "__main__":
    raise SystemExit(main())
