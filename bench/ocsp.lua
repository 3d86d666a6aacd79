-- wrk script of bench/ocsp.sh: OCSP requests for random certificates of the data set.
--   wrk ... -s bench/ocsp.lua URL -- MODE FILE PATH
-- MODE get:   GET PATH/<line of FILE>           (FILE: get-b64url.txt or get-b64pct.txt)
--      post:  POST PATH, body = DER of the hex line of FILE (post.hex)
--      nonce: POST PATH, body = prefix .. 16 fresh octets .. suffix (nonce.hex: "prefixhex:suffixhex");
--             the 16 octets are a per-thread counter and thread id plus random octets: all unique.
--      walk:  GET PATH/<line of FILE> in file order, every line once before any twice: thread t of
--             T (4th argument) takes lines t, t+T, t+2T, ... (to fill the responder's cache).
-- Requests are formatted once per thread, before the clock starts; a request costs one table lookup
-- (a nonce request three concatenations).
-- Every request carries "Host: $OCSP_HOST" when that variable is set (bench/ocsp.sh sets a DNS name,
-- as relying parties send the host of the certificate's AIA URL; wrk's default is the URL's 127.0.0.1).

local threads = {}
local counter = 0

function setup(thread)
   counter = counter + 1
   thread:set("tid", counter)
   table.insert(threads, thread)
end

local function unhex(h)
   return (h:gsub("..", function(cc) return string.char(tonumber(cc, 16)) end))
end

local mode, path, lines, n, seq, walkers
local prefixes, suffixes = {}, {}
local host = os.getenv("OCSP_HOST")
local headers = { ["Content-Type"] = "application/ocsp-request", ["Host"] = host }
local get_headers = { ["Host"] = host }

function init(args)
   mode, path = args[1], args[3]
   tid = tid or 0 -- global, set by setup() through thread:set
   seq = 0
   lines = {}
   walkers = tonumber(args[4] or "1")
   -- Every request is formatted here, before the clock starts: wrk.format per request cost the
   -- load tool CPU that the measured server then lacked (all three systems alike).
   for line in io.lines(args[2]) do
      if mode == "get" or mode == "walk" then
         table.insert(lines, wrk.format("GET", path .. "/" .. line, get_headers))
      elseif mode == "post" then
         table.insert(lines, wrk.format("POST", path, headers, unhex(line)))
      else
         -- the request up to the nonce, and what follows it (the nonce is 16 octets)
         local p, s = line:match("^(%x*):(%x*)$")
         local suffix = unhex(s)
         local whole = wrk.format("POST", path, headers, unhex(p) .. string.rep("\0", 16) .. suffix)
         table.insert(prefixes, whole:sub(1, #whole - 16 - #suffix))
         table.insert(suffixes, suffix)
      end
   end
   n = (mode == "nonce") and #prefixes or #lines
   math.randomseed(os.time() * 1000 + (tid or 0) + math.floor(os.clock() * 1000000))
end

local function be32(v)
   return string.char(math.floor(v / 16777216) % 256, math.floor(v / 65536) % 256,
      math.floor(v / 256) % 256, v % 256)
end

function request()
   if mode == "walk" then
      local i = ((tid - 1) + seq * walkers) % n + 1
      seq = seq + 1
      return lines[i]
   end
   if mode == "get" or mode == "post" then
      return lines[math.random(n)]
   end
   local i = math.random(n)
   seq = seq + 1
   local nonce = be32(seq) .. be32(tid) .. be32(math.random(0, 2147483646)) .. be32(math.random(0, 2147483646))
   return prefixes[i] .. nonce .. suffixes[i]
end
-- No response() function: with one, wrk hands every body to Lua, which costs the load tool CPU.
-- Non-200 answers show in wrk's own "Non-2xx or 3xx responses" line; bench/ocsp.sh checks it.
