-- wrk script: POST /api/v1/trading/orders with a fresh Idempotency-Key each time, signed in by the cookie that
-- load-orders.sh passes in the environment; buys of the demo bonds across the six demo books and forty
-- whitelisted counterparties, so that no credit line or authority runs out during the run.
local cookie = os.getenv("PLATFORM_COOKIE")
-- keys unique to this run, so that a second run against the same host books new trades instead of replaying
local run = os.getenv("PLATFORM_RUN") or "0"
local tradeDate = os.getenv("PLATFORM_TRADE_DATE")
local bonds = {}
for bond in string.gmatch(os.getenv("PLATFORM_BONDS"), "[^,]+") do bonds[#bonds + 1] = bond end
local books = { "RATES-TRD", "RATES-INV", "RATES-HTM", "NCD-MM", "CREDIT-TRD", "CREDIT-INV" }
local counterparties = { "ICBC", "ABC", "BOC", "CCB", "BOCOM", "PSBC", "CMB", "CIB", "SPDB", "CITICB", "CMBC", "CEB", "HXB", "PAB",
  "GDB", "NBCB", "NJCB", "BOB", "BOSH", "JSB", "HZB", "SHRCB", "CITICS", "CICC", "HTSC", "GTJA", "CMS", "CSC", "GFS", "SWHY",
  "EFUND", "CAMC", "BOSERA", "GFFUND", "HFT", "PENGHUA", "CHINALIFE", "PINGAN", "CPIC", "TAIKANG" }
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

function init(args)
  counter = 0
end

request = function()
  counter = counter + 1
  local n = counter * 7 + id
  local bondAndPrice = bonds[(n % #bonds) + 1]
  local bond, price = string.match(bondAndPrice, "([^:]+):([^:]+)")
  local body = string.format(
    '{"bondId":"%s","direction":"Buy","tradingMethod":"Rfq","priceKind":"CleanPrice","price":%s,"faceWan":10,' ..
    '"settlementSpeed":"T1","settlementMethod":"Dvp","counterpartyId":"%s","bookId":"%s","tradeDate":"%s"}',
    bond, price, counterparties[(n % #counterparties) + 1], books[(n % #books) + 1], tradeDate)
  return wrk.format("POST", "/api/v1/trading/orders",
    { ["Content-Type"] = "application/json", ["Idempotency-Key"] = "load-" .. run .. "-" .. id .. "-" .. counter, ["Cookie"] = cookie }, body)
end

local failures = 0
response = function(status, headers, body)
  -- the host renews the session cookie when it re-checks the user (every 30 s); a client keeps the renewed one
  local renewed = headers["Set-Cookie"] and string.match(headers["Set-Cookie"], "platform%.session=([^;]+)")
  if renewed then cookie = "platform.session=" .. renewed end
  if status ~= 201 then
    failures = failures + 1
    if failures <= 3 then io.stderr:write(status .. " " .. body .. "\n") end
  end
end
