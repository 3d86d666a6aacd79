-- wrk script of bench/issuance.sh (LOAD=wrk): POST /api/v1/certificates in a closed loop.
--   wrk ... -s bench/issuance.lua https://HOST:PORT -- BODIES TOKEN
-- BODIES: one JSON request body per line (IssuanceBench --write-bodies); each connection takes
-- them round-robin, starting at its own offset. TOKEN: a bearer token from POST /api/v1/auth/login.
-- Bodies are loaded once per thread, before the clock starts; a request costs one table lookup.
-- No response() function (it would hand every body to Lua): answers other than 2xx show in wrk's
-- "Non-2xx or 3xx responses" line, which bench/issuance.sh treats as a failed run.

local threads = 0

function setup(thread)
   threads = threads + 1
   thread:set("tid", threads)
end

local bodies, n, next_body
local headers = {}

function init(args)
   bodies = {}
   for line in io.lines(args[1]) do
      if #line > 0 then
         table.insert(bodies, line)
      end
   end
   n = #bodies
   next_body = ((tid or 1) * 7) % n
   headers["Content-Type"] = "application/json"
   headers["Accept"] = "application/json"
   headers["Authorization"] = "Bearer " .. args[2]
end

function request()
   next_body = next_body % n + 1
   return wrk.format("POST", "/api/v1/certificates", headers, bodies[next_body])
end
